package io.edgesite.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum value with the word it is written as in answers and user-data files. */
public interface Keyword {
    String value();

    /** The constant whose word is {@code word}, if any. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(word)).findFirst();
    }

    /** Every word of the type, in declaration order. */
    static <E extends Enum<E> & Keyword> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::value).toList();
    }
}
