//! `orgtrack auth`: sign-in profiles against a loopback identity provider that speaks the
//! Microsoft identity platform's OAuth 2.0 endpoints (device code, token, refresh, client
//! credentials), and `--env PROFILE` against `orgtrack serve`.

use std::sync::{Arc, Mutex};

use base64::Engine;

use crate::remote::{Responder, Server, TOKEN, respond};
use crate::util::{Env, Run};

const USER_CODE: &str = "BDFH-KLMN";
const DEVICE_CODE: &str = "device-code-that-must-not-leak";
const REFRESH: &str = "refresh-token-that-must-not-leak";
const SECRET: &str = "client-secret-that-must-not-leak";

/// An access token as the identity platform gives them: a JWT whose claims name the user.
fn jwt(claims: &str, salt: &str) -> String {
    let b64 = |t: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(t);
    format!("{}.{}.{}", b64(r#"{"alg":"none"}"#), b64(claims), b64(salt))
}

fn form_value(form: &str, name: &str) -> Option<String> {
    form.split('&').find_map(|pair| {
        let (n, v) = pair.split_once('=')?;
        (n == name).then(|| v.replace("%3A", ":").replace("%2F", "/").replace('+', " "))
    })
}

fn json(status: &str, body: &str) -> Vec<u8> {
    respond(status, &[("Content-Type", "application/json")], body)
}

/// The identity provider: what it was asked (grant types in order) and what it answers. The
/// device code grant answers pending, then slow_down, then tokens; the first access token
/// expires at once, so the next use of the profile must refresh it.
struct Idp {
    responder: Responder,
    grants: Arc<Mutex<Vec<String>>>,
}

impl Idp {
    fn start(access_token: &'static str) -> Idp {
        let grants: Arc<Mutex<Vec<String>>> = Arc::default();
        let log = Arc::clone(&grants);
        let responder = Responder::start(move |request| {
            let form = String::from_utf8_lossy(&request.body).into_owned();
            if request.path.ends_with("/oauth2/v2.0/devicecode") {
                log.lock().unwrap().push("devicecode".into());
                return json(
                    "200 OK",
                    &format!(
                        r#"{{"device_code":"{DEVICE_CODE}","user_code":"{USER_CODE}","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":0,"message":"To sign in, use a web browser."}}"#
                    ),
                );
            }
            let grant = form_value(&form, "grant_type").unwrap_or_default();
            let mut log = log.lock().unwrap();
            log.push(grant.clone());
            let polls = log.iter().filter(|g| g.ends_with("device_code")).count();
            let tokens = |expires_in: u32| {
                let user = jwt(
                    r#"{"upn":"ann@contoso.com","tid":"tenant-1"}"#,
                    &format!("{}", log.len()),
                );
                // The environment accepts the served token; the first one is the user's JWT,
                // expired at once.
                let access = if expires_in == 0 {
                    user
                } else {
                    access_token.to_string()
                };
                json(
                    "200 OK",
                    &format!(
                        r#"{{"token_type":"Bearer","expires_in":{expires_in},"access_token":"{access}","refresh_token":"{REFRESH}"}}"#
                    ),
                )
            };
            match grant.as_str() {
                "urn:ietf:params:oauth:grant-type:device_code" => match polls {
                    _ if form_value(&form, "device_code").as_deref() != Some(DEVICE_CODE) => {
                        json("400 Bad Request", r#"{"error":"invalid_grant"}"#)
                    }
                    1 => json("400 Bad Request", r#"{"error":"authorization_pending"}"#),
                    2 => json("400 Bad Request", r#"{"error":"slow_down"}"#),
                    _ => tokens(0),
                },
                "refresh_token"
                    if form_value(&form, "refresh_token").as_deref() == Some(REFRESH) =>
                {
                    tokens(3600)
                }
                "refresh_token" => json(
                    "400 Bad Request",
                    r#"{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."}"#,
                ),
                "client_credentials"
                    if form_value(&form, "client_secret").as_deref() == Some(SECRET) =>
                {
                    json(
                        "200 OK",
                        &format!(
                            r#"{{"token_type":"Bearer","expires_in":3599,"access_token":"{access_token}"}}"#
                        ),
                    )
                }
                _ => json(
                    "401 Unauthorized",
                    r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"#,
                ),
            }
        });
        Idp { responder, grants }
    }

    fn grants(&self) -> Vec<String> {
        self.grants.lock().unwrap().clone()
    }
}

fn auth(env: &Env, idp: &Idp, args: &[&str]) -> Run {
    let mut cmd = env.command();
    cmd.env("ORGTRACK_AUTHORITY", idp.responder.url())
        .args(args);
    Run::from(cmd.output().expect("run orgtrack"), args)
}

fn never_printed(run: &Run) {
    for secret in [DEVICE_CODE, REFRESH, SECRET, TOKEN, "eyJ"] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "{secret} printed:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
}

#[test]
fn device_code_sign_in_then_silent_refresh_for_env() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let idp = Idp::start(TOKEN);

    let run = auth(
        &env,
        &idp,
        &["--json", "--env", &server.url, "auth", "login", "contoso"],
    )
    .ok();
    never_printed(&run);
    assert!(run.stderr.contains(USER_CODE), "{}", run.stderr);
    assert!(run.stderr.contains("https://microsoft.com/devicelogin"));
    let profile = run.json();
    assert_eq!(profile["name"], "contoso");
    assert_eq!(profile["method"], "device_code");
    assert_eq!(profile["account"], "ann@contoso.com");
    assert_eq!(profile["tenant"], "tenant-1");
    assert_eq!(profile["selected"], true);
    assert_eq!(profile["can_refresh"], true);
    // Polled until the user signed in, through pending and slow_down.
    assert_eq!(
        idp.grants(),
        [
            "devicecode",
            "urn:ietf:params:oauth:grant-type:device_code",
            "urn:ietf:params:oauth:grant-type:device_code",
            "urn:ietf:params:oauth:grant-type:device_code",
        ]
    );

    // The cache is private to the user.
    let cache = env.dir().join("xdg-state/orgtrack/auth.json");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&cache).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // --env names the profile: the expired token is refreshed silently, then kept.
    let run = auth(
        &env,
        &idp,
        &[
            "--json",
            "--env",
            "contoso",
            "settings",
            "get",
            "hashmaxcount",
        ],
    )
    .ok();
    never_printed(&run);
    assert_eq!(run.json()["value"], 20);
    auth(&env, &idp, &["--env", "contoso", "settings", "list"]).ok();
    let refreshes = idp
        .grants()
        .iter()
        .filter(|g| *g == "refresh_token")
        .count();
    assert_eq!(refreshes, 1, "{:?}", idp.grants());

    // who, list, select, logout: never a token.
    let who = auth(&env, &idp, &["--json", "auth", "who"]).ok();
    never_printed(&who);
    assert_eq!(who.json()["env"], server.url.as_str());
    let list = auth(&env, &idp, &["--json", "auth", "list"]).ok();
    never_printed(&list);
    assert_eq!(list.json().as_array().unwrap().len(), 1);
    auth(&env, &idp, &["auth", "select", "nobody"])
        .code(3)
        .stderr_has("no sign-in profile named nobody (profiles: contoso)");
    auth(&env, &idp, &["auth", "logout", "contoso"]).ok();
    auth(&env, &idp, &["--env", "contoso", "settings", "list"])
        .code(3)
        .stderr_has("'contoso' is neither a URL nor a defined environment");
}

#[test]
fn client_secret_sign_in_reads_the_secret_from_stdin_only() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let idp = Idp::start(TOKEN);
    let args = [
        "--json",
        "--env",
        server.url.as_str(),
        "auth",
        "login",
        "app",
        "--client-secret",
        "--tenant",
        "contoso.onmicrosoft.com",
        "--client-id",
        "11111111-2222-3333-4444-555555555555",
    ];
    let mut child = env
        .command()
        .env("ORGTRACK_AUTHORITY", idp.responder.url())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    writeln!(child.stdin.take().unwrap(), "{SECRET}").unwrap();
    let run = Run::from(child.wait_with_output().unwrap(), &args).ok();
    never_printed(&run);
    let profile = run.json();
    assert_eq!(profile["method"], "client_secret");
    assert_eq!(profile["account"], "11111111-2222-3333-4444-555555555555");
    assert_eq!(profile["can_refresh"], false);
    assert_eq!(idp.grants(), ["client_credentials"]);

    // The selected profile serves --env URL of its environment.
    let run = auth(
        &env,
        &idp,
        &[
            "--json",
            "--env",
            &server.url,
            "settings",
            "get",
            "hashmaxcount",
        ],
    )
    .ok();
    assert_eq!(run.json()["value"], 20);

    // No secret at all (standard input empty): exit 4, nothing asked of the provider.
    auth(&env, &idp, &args).code(4).stderr_has("standard input");
    assert_eq!(idp.grants().len(), 1);
    // A wrong one: exit 6 with the platform's reason, the secret never shown.
    let mut cmd = env.command();
    cmd.env("ORGTRACK_AUTHORITY", idp.responder.url())
        .env("ORGTRACK_CLIENT_SECRET", "wrong-secret-that-must-not-leak")
        .args(args);
    let run = Run::from(cmd.output().unwrap(), &args)
        .code(6)
        .stderr_has("invalid_client: AADSTS7000215");
    assert!(!run.stderr.contains("wrong-secret"));
}

#[test]
fn a_refresh_token_that_no_longer_works_asks_to_sign_in_again() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let idp = Idp::start(TOKEN);
    auth(
        &env,
        &idp,
        &["--env", &server.url, "auth", "login", "contoso"],
    )
    .ok();
    // The cached refresh token is replaced by one the provider no longer accepts.
    let cache = env.dir().join("xdg-state/orgtrack/auth.json");
    let text = std::fs::read_to_string(&cache).unwrap();
    std::fs::write(&cache, text.replace(REFRESH, "revoked")).unwrap();
    let run = auth(&env, &idp, &["--env", "contoso", "settings", "list"])
        .code(6)
        .stderr_has("sign in again: orgtrack auth login contoso");
    assert!(run.stderr.contains("AADSTS700082"), "{}", run.stderr);
}
