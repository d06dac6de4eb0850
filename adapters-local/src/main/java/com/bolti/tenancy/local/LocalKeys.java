package com.bolti.tenancy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * RSA key pair of local mode, created once in the data directory and kept across restarts,
 * so that tokens issued before a restart stay valid.
 */
record LocalKeys(Path privateKeyFile, Path publicKeyFile) {

    static LocalKeys loadOrCreate(Path dataDirectory) throws IOException {
        LocalKeys keys = new LocalKeys(dataDirectory.resolve("jwt-private.pem"),
                dataDirectory.resolve("jwt-public.pem"));
        if (Files.isReadable(keys.privateKeyFile()) && Files.isReadable(keys.publicKeyFile())) {
            return keys;
        }
        KeyPair pair = generate();
        Files.writeString(keys.privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                StandardCharsets.US_ASCII);
        Files.writeString(keys.publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
        return keys;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the local RSA key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
