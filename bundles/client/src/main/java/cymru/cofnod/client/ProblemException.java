package cymru.cofnod.client;

import cymru.cofnod.core.api.FieldError;
import java.util.List;

/**
 * The API refused: its problem document ({@code application/problem+json}) as a typed exception. When the
 * answer was no problem document (a proxy's page), {@code type} is {@code about:blank} and {@code detail} is the
 * body as text.
 *
 * @param errors the fields that failed validation, named as in the JSON sent
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
