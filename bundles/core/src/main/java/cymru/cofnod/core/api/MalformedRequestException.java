package cymru.cofnod.core.api;

import java.util.List;

/**
 * A request that is not of the form the API documents or gives out (a limit that is no number, a cursor this
 * list did not give out, a body that is missing): malformed (400), rather than a rule of the record broken (422).
 */
public class MalformedRequestException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public MalformedRequestException(List<FieldError> errors) {
        super(errors);
    }
}
