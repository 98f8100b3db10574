package cymru.cofnod.coach.api;

/** One text in Welsh and in English. */
public record Bilingual(String cy, String en) {

    public String in(String language) {
        return "cy".equals(language) ? cy : en;
    }
}
