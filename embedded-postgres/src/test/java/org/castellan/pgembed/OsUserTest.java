package org.castellan.pgembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OsUserTest {

    @Test
    void parsesUidAndGidFromPasswdLines() {
        List<String> passwd = List.of(
                "root:x:0:0:root:/root:/bin/bash",
                "# a comment line",
                "nobody:x:65534:65533:nobody:/nonexistent:/usr/sbin/nologin");

        assertThat(OsUser.parsePasswd(passwd, "nobody")).contains(new OsUser("nobody", 65534, 65533));
        assertThat(OsUser.parsePasswd(passwd, "nobod")).isEmpty();
    }

    @Test
    void failsClearlyForAnUnknownUser() {
        assertThatThrownBy(() -> OsUser.lookup("castellan-no-such-user"))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("User 'castellan-no-such-user' does not exist");
    }
}
