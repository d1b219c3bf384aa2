package vn.dangvu.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reads a page of the app as a demo account: its HTML, once it has answered 200 OK. MockMvc is looked up
 * when a page is read: the apps that fault tests start from the test classpath scan this component too, and
 * have no MockMvc.
 */
@Component
public class Pages {

    private final ObjectProvider<MockMvc> mvc;
    private final DemoUsers users;

    Pages(ObjectProvider<MockMvc> mvc, DemoUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    public String html(String username, String path, Object... uriVariables) throws Exception {
        return mvc.getObject()
                .perform(get(path, uriVariables).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
