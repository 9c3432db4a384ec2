/** Access control lists: subjects (users, groups), roles and permissions. */
package org.paceline.cib.access;
