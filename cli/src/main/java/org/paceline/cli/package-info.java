/**
 * The {@code paceline} command line and its Pacemaker-named faces ({@code crm}, ...).
 *
 * <p>Owns argument parsing, reading files the user names, and printing; takes every
 * decision from the library modules. A user mistake is one line on standard error and
 * a non-zero exit code, never a stack trace.
 */
package org.paceline.cli;
