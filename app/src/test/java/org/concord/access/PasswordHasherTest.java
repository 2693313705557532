package org.concord.access;

import org.concord.access.model.Argon2Params;
import org.concord.access.model.Password;
import org.concord.access.model.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    private final PasswordHasher hasher = AccessFixtures.cheapHasher();

    @Test
    void a_hashed_password_verifies_and_a_wrong_one_does_not() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery staple"));
        assertThat(hasher.matches(new Password("correct horse battery staple"), hash)).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery stapl"), hash)).isFalse();
        assertThat(hasher.matches(new Password("Correct horse battery staple"), hash)).isFalse();
    }

    @Test
    void the_hash_survives_its_phc_string() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery staple"));
        PasswordHash read = PasswordHash.parse(hash.phc());
        assertThat(read).isEqualTo(hash);
        assertThat(hasher.matches(new Password("correct horse battery staple"), read)).isTrue();
        assertThat(hash.phc()).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    }

    @Test
    void two_hashes_of_one_password_have_different_salts() {
        Password p = new Password("correct horse battery staple");
        assertThat(hasher.hash(p).salt()).isNotEqualTo(hasher.hash(p).salt());
        assertThat(hasher.hash(p).salt()).hasSize(16);
        assertThat(hasher.hash(p).hash()).hasSize(32);
    }

    // Reference values: the Argon2 reference implementation's command line (Debian package argon2 0~20171227), e.g.
    //   echo -n "correct horse battery staple" | argon2 somesaltsomesalt -id -t 2 -k 19456 -p 1 -l 32 -e
    @Test
    void a_hash_from_the_reference_implementation_with_owasp_parameters_verifies() {
        PasswordHash reference = PasswordHash.parse("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ISO7kkvFzh19GM8qB7patN3C3Y9HHsjlVTfEZ9T600Y");
        assertThat(reference.params()).isEqualTo(Argon2Params.OWASP);
        assertThat(hasher.matches(new Password("correct horse battery staple"), reference)).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery stapler"), reference)).isFalse();
    }

    //   echo -n "Tr0ub4dor&3-long" | argon2 0123456789abcdef -id -t 3 -k 64 -p 2 -l 32 -e
    @Test
    void a_hash_from_the_reference_implementation_with_two_lanes_verifies() {
        PasswordHash reference = PasswordHash.parse("$argon2id$v=19$m=64,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$7SkEDKL+DmxmYRr1RgfcroBB7d8qERGmC5J6GmN20pA");
        assertThat(hasher.matches(new Password("Tr0ub4dor&3-long"), reference)).isTrue();
    }

    @Test
    void a_password_typed_composed_or_decomposed_is_the_same_password() {
        PasswordHash hash = hasher.hash(new Password("caf\u00e9 au lait, sans sucre"));
        assertThat(hasher.matches(new Password("cafe\u0301 au lait, sans sucre"), hash)).isTrue();
    }

    @Test
    void a_hash_with_other_parameters_needs_rehashing() {
        PasswordHash cheap = hasher.hash(new Password("correct horse battery staple"));
        assertThat(hasher.needsRehash(cheap)).isFalse();
        assertThat(new PasswordHasher(new Argon2Params(128, 1, 1), AccessFixtures.seededRandom(1)).needsRehash(cheap)).isTrue();
    }

    @Test
    void the_production_hasher_uses_the_owasp_parameters() {
        PasswordHash hash = PasswordHasher.owasp(AccessFixtures.seededRandom(3)).hash(new Password("correct horse battery staple"));
        assertThat(hash.phc()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
