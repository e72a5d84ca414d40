package vn.binhdang.people;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The roles the caller may grant (and so the people they manage). */
@Schema(name = "GrantableRolesView")
public record GrantableRolesView(@Schema(examples = "[\"coordinator\", \"viewer\", \"unit-reporter\"]") List<String> roles) {
}
