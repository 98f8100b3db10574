package cymru.cofnod.nof.api;

/**
 * A person's own words beside the numbers, shortened and with names taken out, shown only when that
 * person's consent covers commissioning and only beside a group of five people or more.
 *
 * @param code the group (domain, statement or personalised statement) the words sit beside
 */
public record Story(String code, String words, String language) {
}
