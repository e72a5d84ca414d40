package vn.binhdang.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the SPA sends them: bearer token, Vietnamese first, JSON. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "vi").contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().header("Accept-Language", "vi").contentType(ContentType.JSON);
    }
}
