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
    /// The client assertions received, in order.
    assertions: Arc<Mutex<Vec<String>>>,
}

impl Idp {
    fn start(access_token: &'static str) -> Idp {
        let grants: Arc<Mutex<Vec<String>>> = Arc::default();
        let assertions: Arc<Mutex<Vec<String>>> = Arc::default();
        let log = Arc::clone(&grants);
        let signed = Arc::clone(&assertions);
        let responder = Responder::start(move |request| {
            let form = String::from_utf8_lossy(&request.body).into_owned();
            if let Some(assertion) = form_value(&form, "client_assertion") {
                signed.lock().unwrap().push(assertion);
            }
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
                    if form_value(&form, "client_secret").as_deref() == Some(SECRET)
                        || form_value(&form, "client_assertion_type").as_deref()
                            == Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") =>
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
        Idp {
            responder,
            grants,
            assertions,
        }
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

fn openssl(args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl makes the test certificate");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn b64_json(part: &str) -> serde_json::Value {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn certificate_sign_in_sends_a_signed_assertion_and_renews_itself() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let idp = Idp::start(TOKEN);
    let dir = env.dir().to_string_lossy().into_owned();
    let key = format!("{dir}/key.pem");
    let cert = format!("{dir}/cert.pem");
    openssl(&[
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:2048",
        "-out",
        &key,
    ]);
    openssl(&[
        "req",
        "-x509",
        "-new",
        "-key",
        &key,
        "-subj",
        "/CN=orgtrack test",
        "-days",
        "2",
        "-out",
        &cert,
    ]);
    let both = env.file(
        "app.pem",
        &format!(
            "{}{}",
            std::fs::read_to_string(&cert).unwrap(),
            std::fs::read_to_string(&key).unwrap()
        ),
    );
    let client = "11111111-2222-3333-4444-555555555555";
    let login = |file: &str| {
        auth(
            &env,
            &idp,
            &[
                "--json",
                "--env",
                &server.url,
                "auth",
                "login",
                "app",
                "--certificate",
                file,
                "--tenant",
                "contoso.onmicrosoft.com",
                "--client-id",
                client,
            ],
        )
    };
    let run = login(&both).ok();
    never_printed(&run);
    let profile = run.json();
    assert_eq!(profile["method"], "certificate");
    assert_eq!(profile["account"], client);
    assert_eq!(profile["can_refresh"], true);

    // The assertion as the identity platform documents it, signed by the certificate's key.
    let assertion = idp.assertions.lock().unwrap()[0].clone();
    let parts: Vec<&str> = assertion.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header = b64_json(parts[0]);
    let claims = b64_json(parts[1]);
    assert_eq!(header["alg"], "RS256");
    let der = openssl(&["x509", "-in", &cert, "-outform", "DER"]);
    let thumbprint = |alg| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(ring::digest::digest(alg, &der).as_ref())
    };
    assert_eq!(header["x5t#S256"], thumbprint(&ring::digest::SHA256));
    assert_eq!(
        header["x5t"],
        thumbprint(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY)
    );
    assert_eq!(
        claims["aud"],
        format!(
            "{}/contoso.onmicrosoft.com/oauth2/v2.0/token",
            idp.responder.url()
        )
    );
    assert_eq!(claims["iss"], client);
    assert_eq!(claims["sub"], client);
    assert!(claims["jti"].as_str().is_some_and(|j| j.len() == 36));
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["nbf"].as_i64().unwrap(),
        600
    );
    let public = openssl(&["rsa", "-in", &key, "-RSAPublicKey_out", "-outform", "DER"]);
    let signature = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(parts[2])
        .unwrap();
    ring::signature::UnparsedPublicKey::new(&ring::signature::RSA_PKCS1_2048_8192_SHA256, public)
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
        .expect("the assertion is signed with the certificate's key");

    // --env uses the profile; once the token has expired, a new assertion gets a new one.
    let cache = env.dir().join("xdg-state/orgtrack/auth.json");
    let mut store: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&cache).unwrap()).unwrap();
    store["profiles"]["app"]["expires_at"] = "2020-01-01T00:00:00Z".into();
    std::fs::write(&cache, store.to_string()).unwrap();
    let run = auth(
        &env,
        &idp,
        &["--json", "--env", "app", "settings", "get", "hashmaxcount"],
    )
    .ok();
    never_printed(&run);
    assert_eq!(idp.assertions.lock().unwrap().len(), 2);
    assert_ne!(
        idp.assertions.lock().unwrap()[1],
        assertion,
        "a new jti each time"
    );

    // The same certificate and key in a password-protected PFX file sign the same way.
    let pfx = format!("{dir}/app.pfx");
    openssl(&[
        "pkcs12",
        "-export",
        "-in",
        &cert,
        "-inkey",
        &key,
        "-out",
        &pfx,
        "-passout",
        "pass:Pfx-pass-42",
    ]);
    let login_pfx = |password: &str| {
        let mut cmd = env.command();
        cmd.env("ORGTRACK_AUTHORITY", idp.responder.url())
            .env("ORGTRACK_CERTIFICATE_PASSWORD", password)
            .args([
                "--json",
                "--env",
                &server.url,
                "auth",
                "login",
                "app",
                "--certificate",
                &pfx,
                "--tenant",
                "contoso.onmicrosoft.com",
                "--client-id",
                client,
            ]);
        Run::from(cmd.output().expect("run orgtrack"), &["auth", "login"])
    };
    let run = login_pfx("Pfx-pass-42").ok();
    never_printed(&run);
    assert!(!run.stdout.contains("Pfx-pass-42") && !run.stderr.contains("Pfx-pass-42"));
    let from_pfx = idp.assertions.lock().unwrap()[2].clone();
    let header = b64_json(from_pfx.split('.').next().unwrap());
    assert_eq!(header["x5t#S256"], thumbprint(&ring::digest::SHA256));
    assert_eq!(idp.assertions.lock().unwrap().len(), 3);

    // A wrong password, garbage, or a certificate without its key is refused before anything
    // is asked.
    login_pfx("wrong")
        .code(4)
        .stderr_has("ORGTRACK_CERTIFICATE_PASSWORD");
    let garbage = env.dir().join("garbage.pfx");
    std::fs::write(&garbage, [0x30u8, 0x82, 0x01, 0x00]).unwrap();
    login(&garbage.to_string_lossy())
        .code(4)
        .stderr_has("neither a PEM file nor a PFX");
    login(&cert).code(4).stderr_has("no private key block");
    login(&format!("{dir}/missing.pem")).code(3);
    assert_eq!(idp.assertions.lock().unwrap().len(), 3);
}

#[test]
fn azure_cli_sign_in_runs_az_for_each_token() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let bin = env.dir().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    // A stand-in for the Azure CLI: logs its arguments; its token expired long ago, so every
    // use of the profile asks again.
    let script = format!(
        "#!/bin/sh\necho \"$@\" >> \"{}/az-calls\"\nif [ -e \"{}/logged-out\" ]; then echo \"ERROR: Please run 'az login' to setup account.\" >&2; exit 1; fi\nprintf '{{\"accessToken\":\"{TOKEN}\",\"expiresOn\":\"2001-01-01 00:00:00.000000\",\"expires_on\":978307200,\"tenant\":\"tenant-az\",\"tokenType\":\"Bearer\"}}\\n'\n",
        bin.display(),
        bin.display()
    );
    let az = bin.join("az");
    std::fs::write(&az, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&az, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run_az = |args: &[&str]| {
        let mut cmd = env.command();
        cmd.env("PATH", &path).args(args);
        Run::from(cmd.output().unwrap(), args)
    };
    let run = run_az(&[
        "--json",
        "--env",
        &server.url,
        "auth",
        "login",
        "az",
        "--azure-cli",
    ])
    .ok();
    never_printed(&run);
    assert_eq!(run.json()["method"], "azure_cli");
    let run = run_az(&["--json", "--env", "az", "settings", "get", "hashmaxcount"]).ok();
    never_printed(&run);
    assert_eq!(run.json()["value"], 20);
    let calls = std::fs::read_to_string(bin.join("az-calls")).unwrap();
    let expected = format!("account get-access-token --resource {} -o json", server.url);
    assert_eq!(calls.lines().collect::<Vec<_>>(), [expected.as_str(); 2]);
    // Signed out of the Azure CLI: exit 6 with its message.
    std::fs::write(bin.join("logged-out"), "").unwrap();
    run_az(&["--env", "az", "settings", "list"])
        .code(6)
        .stderr_has("Please run 'az login' to setup account.");
}

#[test]
fn managed_identity_sign_in_asks_the_metadata_endpoint() {
    let env = Env::new();
    let server = Server::start(&env, &[]);
    let asked: Arc<Mutex<Vec<(String, bool)>>> = Arc::default();
    let log = Arc::clone(&asked);
    let imds = Responder::start(move |request| {
        let metadata = request
            .headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("metadata") && v == "true");
        log.lock().unwrap().push((request.path.clone(), metadata));
        json(
            "200 OK",
            &format!(
                r#"{{"access_token":"{TOKEN}","expires_on":"4070908800","token_type":"Bearer"}}"#
            ),
        )
    });
    let endpoint = format!("{}/metadata/identity/oauth2/token", imds.url());
    let args = [
        "--json",
        "--env",
        server.url.as_str(),
        "auth",
        "login",
        "vm",
        "--managed-identity",
        "--client-id",
        "99999999-0000-0000-0000-000000000001",
    ];
    let mut cmd = env.command();
    cmd.env("ORGTRACK_IMDS_ENDPOINT", &endpoint).args(args);
    let run = Run::from(cmd.output().unwrap(), &args).ok();
    never_printed(&run);
    assert_eq!(run.json()["method"], "managed_identity");
    let (path, metadata) = asked.lock().unwrap()[0].clone();
    assert!(metadata, "the Metadata: true header");
    assert!(
        path.starts_with(
            "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=http%3A%2F%2F127.0.0.1"
        ),
        "{path}"
    );
    assert!(
        path.ends_with("&client_id=99999999-0000-0000-0000-000000000001"),
        "{path}"
    );
    let run = crate::remote::remote_with(
        &env,
        "vm",
        &["--json", "settings", "get", "hashmaxcount"],
        &[],
    )
    .ok();
    assert_eq!(run.json()["value"], 20);
}

#[test]
fn a_cloud_that_is_not_the_environments_is_refused() {
    let env = Env::new();
    let idp = Idp::start(TOKEN);
    auth(
        &env,
        &idp,
        &[
            "--env",
            "https://contoso.crm.dynamics.com",
            "auth",
            "login",
            "x",
            "--cloud",
            "usgovhigh",
        ],
    )
    .code(4)
    .stderr_has("is an environment of the public cloud (*.dynamics.com), not of --cloud usgovhigh");
    assert!(idp.grants().is_empty());
}

#[test]
fn a_redirect_is_not_followed_so_the_token_stays_home() {
    let env = Env::new();
    let elsewhere = Responder::start(|_| json("200 OK", "{}"));
    let target = format!("{}/api/data/v9.2/WhoAmI", elsewhere.url());
    let redirecting = Responder::start(move |_| {
        respond(
            "307 Temporary Redirect",
            &[("Location", target.as_str())],
            "",
        )
    });
    crate::remote::remote(&env, &redirecting.url(), &["settings", "list"])
        .code(6)
        .stderr_has("HTTP 307");
    assert_eq!(elsewhere.hits(), 0, "the redirect was followed");
}
