package org.paceline.cib.rules;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Evaluates a node attribute expression as Pacemaker does: the operation, the reference
 * value and where it comes from, the type the two values are compared as, and what a
 * missing value gives.
 */
final class AttributeComparison {
    private AttributeComparison() {}

    private enum Operation { LT, GT, LTE, GTE, EQ, NE, DEFINED, NOT_DEFINED }

    private enum Type { STRING, INTEGER, NUMBER, VERSION, UNKNOWN }

    static boolean matches(AttributeExpression expression, RuleContext context) {
        String attribute = expression.attribute();
        if (attribute == null || attribute.isEmpty()) {
            return false;
        }
        Operation operation = operation(expression.operation());
        if (operation == null) {
            return false;
        }
        String actual = context.nodeAttributes().get(expandMatches(attribute, context.resourceIdMatches()));
        switch (operation) {
            case DEFINED -> {
                return actual != null;
            }
            case NOT_DEFINED -> {
                return actual == null;
            }
            default -> {
                // compared below
            }
        }
        String reference = reference(expression, context);
        int cmp = compare(actual, reference, type(expression.type(), operation, actual, reference));
        return switch (operation) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            // An order against a missing value means nothing: it never holds.
            case LT -> actual != null && reference != null && cmp < 0;
            case LTE -> actual != null && reference != null && cmp <= 0;
            case GT -> actual != null && reference != null && cmp > 0;
            case GTE -> actual != null && reference != null && cmp >= 0;
            case DEFINED, NOT_DEFINED -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The leading integer of the text as C's strtoll reads it (blanks, a sign, digits; what
     * follows is ignored), or empty when there are no digits or the value overflows 64 bits.
     */
    static OptionalLong scanLong(String text) {
        var cursor = new TextCursor(text);
        cursor.skipBlanks();
        boolean negative = cursor.accept('-');
        if (!negative) {
            cursor.accept('+');
        }
        int digits = cursor.digitsAhead();
        if (digits == 0) {
            return OptionalLong.empty();
        }
        long value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = cursor.peek() - '0';
            cursor.moveTo(cursor.position() + 1);
            // Accumulate negatively so that Long.MIN_VALUE itself fits.
            if (value < (Long.MIN_VALUE + digit) / 10) {
                return OptionalLong.empty();
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return OptionalLong.empty();
            }
            value = -value;
        }
        return OptionalLong.of(value);
    }

    /**
     * The leading floating-point number of the text as C's strtod reads it (blanks, sign,
     * digits with a decimal point and exponent, or inf, infinity, nan), or empty when there is
     * none or it overflows or underflows a double.
     */
    static OptionalDouble scanDouble(String text) {
        var cursor = new TextCursor(text);
        cursor.skipBlanks();
        int start = cursor.position();
        boolean negative = cursor.accept('-');
        if (!negative) {
            cursor.accept('+');
        }
        String rest = cursor.rest().toLowerCase(Locale.ROOT);
        if (rest.startsWith("inf")) {
            return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (rest.startsWith("nan")) {
            return OptionalDouble.of(Double.NaN);
        }
        int integerDigits = cursor.digitsAhead();
        cursor.moveTo(cursor.position() + integerDigits);
        int fractionDigits = 0;
        if (cursor.peek() == '.') {
            cursor.moveTo(cursor.position() + 1);
            fractionDigits = cursor.digitsAhead();
            cursor.moveTo(cursor.position() + fractionDigits);
        }
        if (integerDigits + fractionDigits == 0) {
            return OptionalDouble.empty();
        }
        int mantissaEnd = cursor.position();
        if (cursor.peek() == 'e' || cursor.peek() == 'E') {
            int exponentStart = cursor.position();
            cursor.moveTo(exponentStart + 1);
            if (!cursor.accept('-')) {
                cursor.accept('+');
            }
            int exponentDigits = cursor.digitsAhead();
            cursor.moveTo(exponentDigits == 0 ? exponentStart : cursor.position() + exponentDigits);
            mantissaEnd = cursor.position();
        }
        String number = text.substring(start, mantissaEnd);
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException unexpected) {
            return OptionalDouble.empty();
        }
        if (Double.isInfinite(value)) {
            return OptionalDouble.empty();
        }
        if (Math.abs(value) < Double.MIN_NORMAL && hasNonZeroDigit(number)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    /** C's strcasecmp on code points: letters A-Z equal to a-z, everything else by value. */
    static int compareIgnoringAsciiCase(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = asciiLower(a.codePointAt(i));
            int cb = asciiLower(b.codePointAt(j));
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Replaces %0 to %9 with the resource id's pattern submatches; an empty match leaves nothing. */
    static String expandMatches(String text, List<String> matches) {
        if (matches.isEmpty() || text.indexOf('%') < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && TextCursor.isDigit(text.charAt(i + 1))) {
                int group = text.charAt(i + 1) - '0';
                if (group < matches.size() && matches.get(group) != null) {
                    out.append(matches.get(group));
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Operation operation(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "lt" -> Operation.LT;
            case "gt" -> Operation.GT;
            case "lte" -> Operation.LTE;
            case "gte" -> Operation.GTE;
            case "eq" -> Operation.EQ;
            case "ne" -> Operation.NE;
            case "defined" -> Operation.DEFINED;
            case "not_defined" -> Operation.NOT_DEFINED;
            default -> null;
        };
    }

    /** The value compared with: the literal, or the resource parameter or meta-attribute it names. */
    private static String reference(AttributeExpression expression, RuleContext context) {
        String value = expression.value();
        if (value == null || value.isEmpty()) {
            return null;
        }
        String source = expression.valueSource() == null ? "literal" : expression.valueSource().toLowerCase(Locale.ROOT);
        return switch (source) {
            case "param" -> context.resourceParameters().get(value);
            case "meta" -> context.resourceMeta().get(value);
            // Pacemaker reads an unknown source as literal.
            default -> value;
        };
    }

    /**
     * The type written, or Pacemaker's default: for lt, gt, lte and gte, number when either
     * value has a decimal point and integer otherwise; string for the rest.
     */
    private static Type type(String text, Operation operation, String actual, String reference) {
        if (text == null) {
            boolean ordered = operation == Operation.LT || operation == Operation.GT
                    || operation == Operation.LTE || operation == Operation.GTE;
            if (!ordered) {
                return Type.STRING;
            }
            boolean decimal = actual != null && actual.indexOf('.') >= 0
                    || reference != null && reference.indexOf('.') >= 0;
            return decimal ? Type.NUMBER : Type.INTEGER;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "string" -> Type.STRING;
            case "integer" -> Type.INTEGER;
            case "number" -> Type.NUMBER;
            case "version" -> Type.VERSION;
            default -> Type.UNKNOWN;
        };
    }

    /**
     * Compares as the type says; a missing value is less than any present one. Values that do
     * not read as the numeric type are compared as strings, and an unknown type makes any two
     * present values equal (both as Pacemaker does).
     */
    private static int compare(String actual, String reference, Type type) {
        if (reference == null) {
            return actual == null ? 0 : 1;
        }
        if (actual == null) {
            return -1;
        }
        return switch (type) {
            case STRING -> compareIgnoringAsciiCase(actual, reference);
            case INTEGER -> {
                OptionalLong a = scanLong(actual);
                OptionalLong b = scanLong(reference);
                yield a.isPresent() && b.isPresent() ? Long.compare(a.getAsLong(), b.getAsLong())
                        : compareIgnoringAsciiCase(actual, reference);
            }
            case NUMBER -> {
                OptionalDouble a = scanDouble(actual);
                OptionalDouble b = scanDouble(reference);
                yield a.isPresent() && b.isPresent() ? compareAsC(a.getAsDouble(), b.getAsDouble())
                        : compareIgnoringAsciiCase(actual, reference);
            }
            case VERSION -> VersionOrder.compare(actual, reference);
            case UNKNOWN -> 0;
        };
    }

    /** C's {@code a < b ? -1 : a > b ? 1 : 0}: NaN equals everything. */
    private static int compareAsC(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean hasNonZeroDigit(String number) {
        int exponent = Math.max(number.indexOf('e'), number.indexOf('E'));
        String mantissa = exponent < 0 ? number : number.substring(0, exponent);
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
