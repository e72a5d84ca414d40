package vn.binhdang.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the SPA sends them: bearer token, Vietnamese first, JSON. */
public final class Api {
    private Api() {
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    public static RequestSpecification as(String token) {
        return as(token, "vi");
    }

    public static RequestSpecification as(String token, String language) {
        return given().auth().oauth2(token).header("Accept-Language", language).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().header("Accept-Language", "vi").contentType(ContentType.JSON);
    }
}
