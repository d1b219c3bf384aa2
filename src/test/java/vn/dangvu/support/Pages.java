package vn.dangvu.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/** Reads a page of the app as a demo account: its HTML, once it has answered 200 OK. */
@Component
public class Pages {

    private final MockMvc mvc;
    private final DemoUsers users;

    Pages(MockMvc mvc, DemoUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    public String html(String username, String path, Object... uriVariables) throws Exception {
        return mvc.perform(get(path, uriVariables).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
