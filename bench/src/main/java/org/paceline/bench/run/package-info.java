/** What every benchmark command shares: reading its arguments, and its scratch folder. No measurement. */
package org.paceline.bench.run;
