package cymru.cofnod.nof.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;

/**
 * Turns a person's id into the key reports count people by: an HMAC with this installation's own
 * secret, so the key cannot be recomputed from a known id by anyone without the secret.
 */
final class PersonKeys {

    static final String SECRET_NAME = "person-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    PersonKeys(String secretHex) {
        this.secret = HexFormat.of().parseHex(secretHex);
    }

    /** The keys of this installation, its secret made at the first call. */
    static PersonKeys of(EntityManager em) {
        Secret s = em.find(Secret.class, SECRET_NAME);
        if (s == null) {
            s = new Secret(SECRET_NAME, newSecret());
            em.persist(s);
        }
        return new PersonKeys(s.value());
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String key(String personId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(personId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
