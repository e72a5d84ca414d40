package vn.binhdang.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an API view as personal data (DOMAIN.md, "Personal data stays in the commune"): focal
 * points' names, phones and e-mails, who recorded, assessed, reviewed or changed a record, free-text notes,
 * evidence file names. {@link PersonalDataPolicy} writes it as {@code null} to every caller outside the
 * commune ({@link CurrentUser#seesPersonalData()}); the field must therefore be nullable in the contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {
}
