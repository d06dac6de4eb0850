package com.bolti.tenancy.application.port.in;

/**
 * One field of a partial update: absent (leave the field alone) or present with a value,
 * which may be {@code null} where the field can be cleared.
 */
public record FieldUpdate<T>(boolean present, T value) {

    private static final FieldUpdate<?> ABSENT = new FieldUpdate<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> FieldUpdate<T> absent() {
        return (FieldUpdate<T>) ABSENT;
    }

    public static <T> FieldUpdate<T> of(T value) {
        return new FieldUpdate<>(true, value);
    }
}
