package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.MissingNode;

class ProblemsTest {

    @Test
    void refusalNamesStatusDetailAndEveryFieldError() {
        var problem = ApiClient.JSON.readTree("""
                {"status": 400, "title": "Bad Request", "detail": "invalid input",
                 "errors": [{"field": "code", "message": "Use 1 to 32 letters"},
                            {"field": "name", "message": "Required."}]}""");

        assertThat(Problems.describe(400, problem)).isEqualTo("""
                refused (400 Bad Request): invalid input
                  code: Use 1 to 32 letters
                  name: Required.""");
    }

    @Test
    void answerWithoutProblemDocumentStillSaysTheStatus() {
        assertThat(Problems.describe(502, MissingNode.getInstance())).isEqualTo("server error (502)");
    }
}
