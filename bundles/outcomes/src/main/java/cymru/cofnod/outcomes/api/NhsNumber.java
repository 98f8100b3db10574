package cymru.cofnod.outcomes.api;

/** The NHS number's own check: ten digits, the last a modulus 11 check digit over the first nine. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Spaces and hyphens, as people write it, are allowed; anything else is not. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replace(" ", "").replace("-", "");
    }

    public static boolean isValid(String raw) {
        String n = normalise(raw);
        if (n == null || n.length() != 10 || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (n.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == n.charAt(9) - '0';
    }
}
