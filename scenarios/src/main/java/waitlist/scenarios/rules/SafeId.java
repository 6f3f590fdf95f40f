package waitlist.scenarios.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id that becomes part of a file name (a practitioner's diary is {@code diaries/<id>.csv}):
 * 1 to 64 of the letters A-Z and a-z, digits, '.', '_' and '-', starting with a letter or digit.
 * No path separators, no "..", nothing a file system or a shell treats specially.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface SafeId {
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
}
