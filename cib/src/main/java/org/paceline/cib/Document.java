package org.paceline.cib;

/**
 * A CIB read from a file, with where each of its ids was defined.
 *
 * @param format the language it was written in
 */
public record Document(Cib cib, SourceMap sources, Format format) {
    /** The two languages a CIB is written in. */
    public enum Format { XML, CRM }
}
