package cymru.cofnod.coach.internal;
public class Probe {
    public static void main(String[] a) {
        EnglishAnalyser en = new EnglishAnalyser();
        for (String t : a) {
            for (Token k : en.tokens(t)) System.out.print(k.text() + "/" + String.join(",", k.keys()) + (k.content() ? "/C" : "") + (k.name() ? "/N" : "") + " ");
            System.out.println();
        }
    }
}
