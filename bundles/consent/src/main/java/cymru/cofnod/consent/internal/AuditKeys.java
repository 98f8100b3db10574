package cymru.cofnod.consent.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit's HMAC keys, kept in a file outside the database ({@code etc/cymru.cofnod.audit.keys}): whoever
 * can write the database cannot recompute the chain without it. The file names the current key and keeps
 * every older one, so events made before a rotation still verify. Made with one fresh key if absent; read
 * again when it changes, so a key added by {@link #rotate} or by hand is used from the next event on.
 */
final class AuditKeys {

    private static final String CURRENT = "current";
    private static final String KEY = "key.";
    private static final String ALGORITHM = "HmacSHA256";

    private final Path file;
    private FileTime readAt;
    private Map<String, byte[]> keys = Map.of();
    private String current;

    AuditKeys(Path file) {
        this.file = file;
        if (!Files.exists(file)) {
            write(Map.of("k1", fresh()), "k1");
        }
        reload();
    }

    /** The id of the key new events are made with, the file read again if it changed. */
    synchronized String current() {
        reload();
        return current;
    }

    /** Adds a fresh key and makes it the current one; the old ones stay for verification. Returns its id. */
    synchronized String rotate() {
        reload();
        Map<String, byte[]> next = new HashMap<>(keys);
        String id = "k" + (keys.keySet().stream().map(k -> k.substring(1)).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1);
        next.put(id, fresh());
        write(next, id);
        readAt = null;
        reload();
        return id;
    }

    /** Hex HMAC-SHA256 of {@code text} with key {@code keyId}, as last read; null when no such key is kept. */
    synchronized String mac(String keyId, String text) {
        byte[] key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void reload() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(readAt)) {
                return;
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                p.load(in);
            }
            Map<String, byte[]> read = new HashMap<>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith(KEY)) {
                    read.put(name.substring(KEY.length()), Base64.getDecoder().decode(p.getProperty(name).trim()));
                }
            }
            String named = p.getProperty(CURRENT, "").trim();
            if (!read.containsKey(named)) {
                throw new IllegalStateException(file + " names no key '" + named + "' as current");
            }
            keys = Map.copyOf(read);
            current = named;
            readAt = modified;
        } catch (IOException e) {
            throw new IllegalStateException("The audit keys cannot be read from " + file, e);
        }
    }

    private void write(Map<String, byte[]> all, String currentId) {
        Properties p = new Properties();
        all.forEach((id, key) -> p.setProperty(KEY + id, Base64.getEncoder().encodeToString(key)));
        p.setProperty(CURRENT, currentId);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            Files.createFile(next);
            ownerOnly(next);
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.ISO_8859_1)) {
                p.store(out, "Cofnod audit HMAC keys: keep this file, and back it up apart from the database. "
                        + "Never remove an old key: events made with it could no longer be verified.");
            }
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("The audit keys cannot be written to " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
    }

    private static byte[] fresh() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
