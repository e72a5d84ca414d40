package vn.binhdang.people;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a person may still sign in. */
@Schema(name = "EnabledRequest")
public record EnabledRequest(@NotNull(message = "{field.required}") @Schema(examples = "false") Boolean enabled) {
}
