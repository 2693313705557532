package org.concord.access.model;

import org.concord.access.AccessFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenSecretTest {
    private static final String BYTES_0_TO_31 = "cnc_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    @Test
    void a_generated_token_is_the_prefix_and_43_base64url_characters() {
        TokenSecret secret = TokenSecret.generate(AccessFixtures.seededRandom(7));
        assertThat(secret.value()).matches("cnc_[A-Za-z0-9_-]{43}");
        assertThat(TokenSecret.generate(AccessFixtures.seededRandom(8))).isNotEqualTo(secret);
    }

    // Reference value: python3 -c "import hashlib; print(hashlib.sha256(b'cnc_AAEC...Hh8').hexdigest())"
    @Test
    void the_token_hash_is_the_sha256_of_the_token_text_in_hex() {
        assertThat(new TokenSecret(BYTES_0_TO_31).hash().hex()).isEqualTo("6fb389a274cb24fb4764a4cd813bfb775bb2483fdd1a2e4446a851dc07ef02af");
        assertThat(new TokenSecret(BYTES_0_TO_31).hash().shortId()).isEqualTo("6fb389a274cb");
    }

    @Test
    void text_that_is_not_a_token_is_not_parsed_and_not_echoed() {
        assertThat(TokenSecret.parse(null)).isEmpty();
        assertThat(TokenSecret.parse("")).isEmpty();
        assertThat(TokenSecret.parse(BYTES_0_TO_31.substring(1))).isEmpty();
        assertThat(TokenSecret.parse(BYTES_0_TO_31 + "A")).isEmpty();
        assertThat(TokenSecret.parse("xyz_" + BYTES_0_TO_31.substring(4))).isEmpty();
        // The last character carries 2 spare bits, which must be zero: '9' would decode to the same bytes as '8'.
        assertThat(TokenSecret.parse(BYTES_0_TO_31.substring(0, 46) + "9")).isEmpty();
        assertThatThrownBy(() -> new TokenSecret("cnc_secretish")).hasMessage("a Concord token is 'cnc_' and 43 base64url characters, got 13 characters");
    }

    @Test
    void a_printed_token_shows_only_its_prefix() {
        assertThat(new TokenSecret(BYTES_0_TO_31).toString()).isEqualTo("TokenSecret[cnc_redacted]");
    }

    @Test
    void a_token_expires_at_its_expiry_instant_not_before() {
        Instant now = AccessFixtures.NOW;
        ApiToken token = ApiToken.issued(new TokenSecret(BYTES_0_TO_31).hash(), UserName.of("anna.k"), now, Optional.of(30));
        assertThat(token.expires()).contains(now.plus(Duration.ofDays(30)));
        assertThat(token.expiredAt(now.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
        assertThat(token.expiredAt(now.plus(Duration.ofDays(30)))).isTrue();
        assertThat(ApiToken.issued(token.hash(), token.user(), now, Optional.empty()).expiredAt(now.plus(Duration.ofDays(99_999)))).isFalse();
    }

    @Test
    void a_validity_out_of_range_is_refused_with_its_value() {
        TokenHash hash = new TokenSecret(BYTES_0_TO_31).hash();
        assertThatThrownBy(() -> ApiToken.issued(hash, UserName.of("anna.k"), AccessFixtures.NOW, Optional.of(0)))
                .hasMessageContaining("validity must be 1 to 3650 days, got 0");
    }

    @Test
    void a_token_hash_must_be_64_lower_case_hex_digits() {
        assertThatThrownBy(() -> new TokenHash("ABC")).hasMessageContaining("token hash 'ABC' must be 64 lower-case hex digits");
    }
}
