package vn.dangvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DangVuApplication {

    public static void main(String[] args) {
        SpringApplication.run(DangVuApplication.class, args);
    }
}
