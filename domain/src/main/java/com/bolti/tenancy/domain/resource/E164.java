package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/** Phone number in E.164 form: {@code +} followed by 8 to 15 digits, for example {@code +4930123456}. */
public record E164(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\+[0-9]{8,15}");

    public E164 {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + value);
        }
    }

    /** Validates a number sent by a client in {@code field}; no spaces or separators are accepted. */
    public static E164 parse(String field, String sent) {
        if (sent == null || !SHAPE.matcher(sent).matches()) {
            throw new InvalidValueException(field, "must be an E.164 number: '+' then 8 to 15 digits, such as +4930123456");
        }
        return new E164(sent);
    }

    @Override
    public String toString() {
        return value;
    }
}
