package waitlist.scenarios.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Part of the key of a dated list entry (an FTE change is keyed by date and alliance). When a file
 * {@code extends} another, an entry of its list replaces the inherited entry with the same key,
 * an entry with a new key is added, and {@code "remove": true} with a key takes the inherited
 * entry out; so a variant states only its change instead of restating the list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface MergeKey {
}
