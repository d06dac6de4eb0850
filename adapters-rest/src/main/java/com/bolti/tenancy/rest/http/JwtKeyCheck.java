package com.bolti.tenancy.rest.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Reads the token verification key once at startup and stops the service when it cannot:
 * without this check, a missing or unreadable key only shows up as a 500 on every request.
 * A JWKS served over HTTP(S) is fetched by SmallRye JWT on demand and is not checked here.
 */
@Singleton
@Readiness
public class JwtKeyCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(JwtKeyCheck.class);

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    private volatile String failure = "not checked yet";

    void onStart(@Observes StartupEvent event) {
        failure = verify();
        if (failure != null) {
            throw new IllegalStateException("token verification key set by " + keySetting() + " is unusable: " + failure);
        }
        LOG.infof("token verification key loaded from %s", keyLocation.orElse("mp.jwt.verify.publickey"));
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("jwt-verification-key")
                .status(failure == null)
                .build();
    }

    /** Returns why the key is unusable, or {@code null} when it loads. */
    String verify() {
        if (inlineKeySet()) {
            return parse(inlineKey.get());
        }
        if (keyLocation.isEmpty() || keyLocation.get().isBlank()) {
            return "set mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) to a PEM or JWK file";
        }
        String location = keyLocation.get();
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return null;
        }
        try {
            String content = read(location);
            if (content == null) {
                return "no key found at " + location;
            }
            return parse(content);
        } catch (IOException e) {
            return "cannot read " + location + ": " + e.getMessage();
        }
    }

    private boolean inlineKeySet() {
        // SmallRye JWT reports an unset inline key as the word NONE.
        return inlineKey.isPresent() && !inlineKey.get().isBlank() && !"NONE".equals(inlineKey.get());
    }

    /** Names the setting that supplies the key, as property and environment variable, for the operator. */
    private String keySetting() {
        return inlineKeySet()
                ? "mp.jwt.verify.publickey (MP_JWT_VERIFY_PUBLICKEY)"
                : "mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION)";
    }

    /** Reads {@code classpath:}, {@code file:} or plain locations, a plain one as a file first. */
    private static String read(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            return readClasspath(location.substring("classpath:".length()));
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (Files.isReadable(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII);
        }
        return location.startsWith("file:") ? null : readClasspath(location);
    }

    private static String readClasspath(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream stream = loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static String parse(String content) {
        String text = content.strip();
        if (text.startsWith("{")) {
            return text.contains("\"kty\"") ? null : "the JSON key has no kty member";
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return "the key is neither PEM nor base64";
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                return null;
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        return "the key is not an RSA or EC public key in X.509 form";
    }
}
