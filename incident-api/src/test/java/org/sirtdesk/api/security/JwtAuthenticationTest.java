package org.sirtdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The production authentication path: RS256 bearer tokens, audience checked, roles from a claim. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:jwt;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sirtdesk.security.mode=jwt",
            "sirtdesk.security.roles-claim=groups",
            "spring.security.oauth2.resourceserver.jwt.audiences=sirtdesk",
            "sirtdesk.read-your-writes.timeout=PT0S"
        })
@AutoConfigureMockMvc
class JwtAuthenticationTest {

    static final KeyPair KEYS = keys();
    static final KeyPair OTHER_KEYS = keys();

    static KeyPair keys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws Exception {
        var pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        var file = Files.createTempFile("sirtdesk-jwt", ".pem");
        Files.writeString(file, pem);
        file.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + file);
    }

    @Autowired
    MockMvc mvc;

    static String token(KeyPair keys, String subject, List<String> groups, String audience, Instant expires)
            throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .audience(audience)
                .claim("groups", groups)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expires))
                .build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private int get(String path, String token) throws Exception {
        var request = MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aValidTokenWithTheRightRoleReachesTheEndpoint() throws Exception {
        var sirt =
                token(KEYS, "sato", List.of("SIRT"), "sirtdesk", Instant.now().plusSeconds(600));
        assertThat(get("/api/v1/incidents/x-1", sirt)).isEqualTo(404);
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeaderThatIsRead() throws Exception {
        var sirt =
                token(KEYS, "sato", List.of("SIRT"), "sirtdesk", Instant.now().plusSeconds(600));
        // the firewall checks a header when it is read: a forged token would be a 401, this is refused first
        assertThat(get("/api/v1/incidents/x-1", sirt + "\u0007")).isEqualTo(400);
        assertThat(get("/api/v1/incidents/x-1", sirt + "\tx")).isEqualTo(401);
        assertThat(get("/api/v1/incidents/x-1", sirt)).isEqualTo(404);
    }

    @Test
    void everyTokenHolderIsAReporterButNotAReader() throws Exception {
        var employee =
                token(KEYS, "tanaka", List.of(), "sirtdesk", Instant.now().plusSeconds(600));
        assertThat(get("/api/v1/incidents/x-1", employee)).isEqualTo(403);
        var answer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + employee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"t\",\"description\":\"d\",\"awareAt\":\"2026-05-01T09:30:00+09:00\"}"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(201);
    }

    @Test
    void tokensThatAreForged_expired_forAnotherAudience_orMissingAreRefused() throws Exception {
        var forged = token(
                OTHER_KEYS,
                "mallory",
                List.of("CISO"),
                "sirtdesk",
                Instant.now().plusSeconds(600));
        var expired =
                token(KEYS, "sato", List.of("SIRT"), "sirtdesk", Instant.now().minusSeconds(600));
        var elsewhere = token(
                KEYS, "sato", List.of("SIRT"), "another-app", Instant.now().plusSeconds(600));
        assertThat(get("/api/v1/incidents/x-1", forged)).isEqualTo(401);
        assertThat(get("/api/v1/incidents/x-1", expired)).isEqualTo(401);
        assertThat(get("/api/v1/incidents/x-1", elsewhere)).isEqualTo(401);
        assertThat(get("/api/v1/incidents/x-1", null)).isEqualTo(401);
        assertThat(get("/actuator/health", null)).isEqualTo(200);
    }
}
