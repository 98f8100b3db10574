package cymru.cofnod.core.api;

import java.util.List;

/** Input that breaks a rule of the record; nothing was changed. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder b = new StringBuilder();
        for (FieldError e : errors) {
            b.append(b.length() == 0 ? "" : "; ").append(e.field()).append(": ").append(e.message());
        }
        return b.toString();
    }
}
