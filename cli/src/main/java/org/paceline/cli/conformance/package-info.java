/**
 * The conformance runner: Pacemaker's scheduler regression cases run through the same
 * {@code crm_simulate} code path as the command line, compared with what Pacemaker
 * printed, and a ratchet of the cases that already agree.
 *
 * <p>Reads the case folder it is given (never copied into the repository); a failing
 * or crashing case is a result, never an exception.
 */
package org.paceline.cli.conformance;
