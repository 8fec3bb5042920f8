package org.xiaoneng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class XiaonengApplication {
    public static void main(String[] args) {
        SpringApplication.run(XiaonengApplication.class, args);
    }
}
