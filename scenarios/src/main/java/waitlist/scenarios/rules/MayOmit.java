package waitlist.scenarios.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field may be left out of a document; it then binds as {@code null} (or 0/false for primitives)
 * and the reader of the record supplies the documented default. Every other field is required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface MayOmit {
}
