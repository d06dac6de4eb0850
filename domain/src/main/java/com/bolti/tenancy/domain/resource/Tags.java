package com.bolti.tenancy.domain.resource;

import com.bolti.tenancy.domain.error.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels of an agent, in the order sent: at most 50, each 1 to 50 characters after trimming,
 * without control characters and without duplicates.
 */
public record Tags(List<String> values) {

    public static final int MAX_COUNT = 50;
    public static final int MAX_LENGTH = 50;

    public static final Tags NONE = new Tags(List.of());

    public Tags {
        values = List.copyOf(values);
    }

    /** Validates tags sent by a client, trimming each; {@code null} means no tags. */
    public static Tags parse(List<String> sent) {
        if (sent == null) {
            return NONE;
        }
        if (sent.size() > MAX_COUNT) {
            throw new InvalidValueException("tags", "must contain at most " + MAX_COUNT + " tags");
        }
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "tags[" + i + "]";
            String tag = sent.get(i).strip();
            int length = tag.codePointCount(0, tag.length());
            if (length < 1 || length > MAX_LENGTH) {
                throw new InvalidValueException(field, "must be 1 to " + MAX_LENGTH + " characters after trimming");
            }
            if (tag.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidValueException(field, "must not contain control characters");
            }
            if (!seen.add(tag)) {
                throw new InvalidValueException(field, "repeats the tag '" + tag + "'");
            }
            result.add(tag);
        }
        return new Tags(result);
    }
}
