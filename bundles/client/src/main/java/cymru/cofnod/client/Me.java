package cymru.cofnod.client;

/**
 * Who the API takes the asker to be.
 *
 * @param personId the asker's own record, when the asker is a person who uses care and support
 */
public record Me(String user, String agency, String role, String personId) {
}
