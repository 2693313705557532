package org.concord.access.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashTest {
    private static final String SALT = "c29tZXNhbHRzb21lc2FsdA";
    private static final String HASH = "ISO7kkvFzh19GM8qB7patN3C3Y9HHsjlVTfEZ9T600Y";

    @Test
    void a_phc_string_is_read_and_written_back_unchanged() {
        String phc = "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH;
        PasswordHash hash = PasswordHash.parse(phc);
        assertThat(hash.phc()).isEqualTo(phc);
        assertThat(hash.params()).isEqualTo(new Argon2Params(19456, 2, 1));
        assertThat(hash.salt()).hasSize(16);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$argon2i$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH + "   | algorithm 'argon2i' is not argon2id",
            "$argon2d$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH + "   | algorithm 'argon2d' is not argon2id",
            "$argon2id$v=16$m=19456,t=2,p=1$" + SALT + "$" + HASH + "  | version 16 is not 19",
            "$argon2id$v=19$m=4,t=2,p=1$" + SALT + "$" + HASH + "      | memory must be 8 to 1048576 KiB, got 4",
            "$argon2id$v=19$m=19456,t=0,p=1$" + SALT + "$" + HASH + "  | iterations must be 1 to 16, got 0",
            "$argon2id$v=19$m=19456,t=2,p=99$" + SALT + "$" + HASH + " | parallelism must be 1 to 16, got 99",
            "$argon2id$v=19$m=019456,t=2,p=1$" + SALT + "$" + HASH + " | not a PHC string",
            "$argon2id$v=19$t=2,m=19456,p=1$" + SALT + "$" + HASH + "  | not a PHC string",
            "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "==$" + HASH + "| not a PHC string",
            "$argon2id$v=19$m=19456,t=2,p=1$" + HASH + "               | not a PHC string",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZQ$" + HASH + "        | salt is 4 bytes; 8 to 64 are accepted",
            "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$c29tZXNhbHQ   | hash is 8 bytes; 16 to 64 are accepted",
            "$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH + "xy | hash is not valid Base64",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdB$" + HASH + " | salt is not canonical unpadded Base64",
            "argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH + "    | not a PHC string",
            "''                                                        | not a PHC string",
    })
    void a_malformed_phc_string_is_refused_with_the_wrong_part_named(String phc, String message) {
        assertThatThrownBy(() -> PasswordHash.parse(phc)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void the_hash_does_not_show_its_salt_or_hash_when_printed() {
        PasswordHash hash = PasswordHash.parse("$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH);
        assertThat(hash.toString()).isEqualTo("PasswordHash[argon2id m=19456,t=2,p=1]");
    }

    @Test
    void the_bytes_handed_out_are_copies() {
        PasswordHash hash = PasswordHash.parse("$argon2id$v=19$m=19456,t=2,p=1$" + SALT + "$" + HASH);
        hash.hash()[0] ^= 1;
        assertThat(hash.phc()).endsWith(HASH);
    }
}
