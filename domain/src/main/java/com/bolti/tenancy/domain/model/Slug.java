package com.bolti.tenancy.domain.model;

import com.bolti.tenancy.domain.error.InvalidSlugException;
import com.bolti.tenancy.domain.error.ReservedSlugException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL name of an organization or a workspace: 1 to 63 characters of {@code a-z}, {@code 0-9}
 * and {@code -}, neither starting nor ending with {@code -}, and not a reserved word.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 63;

    /** Slugs that collide with dashboard routes. */
    public static final Set<String> RESERVED = Set.of("api", "admin", "new", "settings", "me");

    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidSlugException(value);
        }
        if (RESERVED.contains(value)) {
            throw new ReservedSlugException(value);
        }
    }

    /**
     * Derives the base of a slug from a name: lower case, accents stripped, every other run of
     * characters turned into one {@code -}. Returns {@code fallback} when nothing is left.
     */
    public static String deriveBase(String name, String fallback) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String dashed = SEPARATORS.matcher(plain).replaceAll("-");
        String trimmed = trimDashes(dashed);
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimDashes(trimmed.substring(0, MAX_LENGTH));
        }
        return trimmed.isEmpty() ? fallback : trimmed;
    }

    /**
     * Returns the {@code n}-th candidate for a derived base: the base itself for 1, then
     * {@code base-2}, {@code base-3}, ... shortened so that the result stays within 63
     * characters. Reserved words are never a valid first candidate.
     */
    public static String candidate(String base, int n) {
        if (n <= 1) {
            return base;
        }
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH
                ? trimDashes(base.substring(0, MAX_LENGTH - suffix.length()))
                : base;
        return head + suffix;
    }

    /** Tells whether {@code value} is usable as a derived slug (valid and not reserved). */
    public static boolean isUsable(String value) {
        return VALID.matcher(value).matches() && !RESERVED.contains(value);
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
