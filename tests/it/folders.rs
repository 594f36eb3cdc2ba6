//! Folders: the well-known six, nested user folders, rename, move, delete.

use serde_json::Value;

use crate::directory::{add_queue, add_user};
use crate::util::Env;

fn org() -> Env {
    let env = Env::new();
    add_user(&env, "Alex Wu", "alex@contoso.com");
    env
}

fn paths(env: &Env, mailbox: &str) -> Vec<String> {
    env.json(&["folder", "list", mailbox])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

fn folder_id(env: &Env, mailbox: &str, path: &str) -> Value {
    env.json(&["folder", "list", mailbox])
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("no folder {path}"))["id"]
        .clone()
}

const WELL_KNOWN: [&str; 6] = [
    "Inbox",
    "Sent Items",
    "Calendar",
    "Tasks",
    "Contacts",
    "Deleted Items",
];

#[test]
fn every_mailbox_starts_with_the_well_known_folders() {
    let env = org();
    add_queue(&env, "Support", "support@contoso.com", "1");
    for mailbox in ["Alex Wu", "Support"] {
        let list = env.json(&["folder", "list", mailbox]);
        let rows: Vec<(&str, &str)> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap(),
                    f["well_known"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("Inbox", "inbox"),
                ("Sent Items", "sent_items"),
                ("Calendar", "calendar"),
                ("Tasks", "tasks"),
                ("Contacts", "contacts"),
                ("Deleted Items", "deleted_items"),
            ]
        );
        assert_eq!(list[0]["parent_id"], Value::Null);
        assert_eq!(list[0]["depth"], 0);
    }
    env.run(&["folder", "list", "Alex Wu"])
        .ok()
        .stdout_has("PATH")
        .stdout_has("Deleted Items");
}

#[test]
fn folders_nest_and_list_as_a_tree() {
    let env = org();
    let run = env.run(&["folder", "add", "Alex Wu", "Inbox/Contoso"]).ok();
    let id: i64 = run.stdout.trim().parse().expect("folder add prints the id");
    env.run(&["folder", "add", "Alex Wu", "inbox/contoso/Deals"])
        .ok()
        .stderr_has("added folder Inbox/Contoso/Deals");
    env.run(&["folder", "add", "Alex Wu", "/Projects/"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Archive"]).ok();
    let added = env.json(&["folder", "add", "1", "Projects/Apollo"]);
    assert_eq!(added["path"], "Projects/Apollo");
    assert_eq!(added["mailbox"], "Alex Wu");
    assert_eq!(added["well_known"], Value::Null);
    let mut expected: Vec<&str> = vec![
        "Inbox",
        "Inbox/Archive",
        "Inbox/Contoso",
        "Inbox/Contoso/Deals",
    ];
    expected.extend(&WELL_KNOWN[1..]);
    expected.extend(["Projects", "Projects/Apollo"]);
    assert_eq!(paths(&env, "Alex Wu"), expected);
    assert_eq!(folder_id(&env, "Alex Wu", "Inbox/Contoso"), id);
    // A queue mailbox has folders too.
    add_queue(&env, "Support", "support@contoso.com", "1");
    env.run(&["folder", "add", "Support", "Inbox/Escalations"])
        .ok();
}

#[test]
fn folder_add_refusals_change_nothing() {
    let env = org();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Contoso"]).ok();
    let before = paths(&env, "Alex Wu");
    env.run(&["folder", "add", "Alex Wu", "Inbox/Missing/Deals"])
        .code(3)
        .stderr_has("Inbox has no subfolder 'Missing'");
    env.run(&["folder", "add", "Alex Wu", "Nowhere/Deals"])
        .code(3)
        .stderr_has("no top-level folder 'Nowhere'");
    let run = env
        .run(&["--json", "folder", "add", "Alex Wu", "INBOX/contoso"])
        .code(5);
    assert_eq!(run.error_json()["error"]["code"], "folder_exists");
    env.run(&["folder", "add", "Alex Wu", "inbox"])
        .code(5)
        .stderr_has("already has a folder Inbox at the top");
    for bad in ["Inbox//Deals", "/", ""] {
        env.run(&["folder", "add", "Alex Wu", bad]).code(4);
    }
    env.run(&["folder", "add", "Nobody", "Inbox/X"]).code(3);
    assert_eq!(paths(&env, "Alex Wu"), before);
}

#[test]
fn folders_are_renamed_keeping_their_id() {
    let env = org();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Contoso"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Fabrikam"])
        .ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Contoso/Deals"])
        .ok();
    let id = folder_id(&env, "Alex Wu", "Inbox/Contoso");
    let renamed = env.json(&[
        "folder",
        "rename",
        "Alex Wu",
        "inbox/contoso",
        "Contoso Ltd",
    ]);
    assert_eq!(renamed["id"], id);
    assert_eq!(renamed["path"], "Inbox/Contoso Ltd");
    assert!(paths(&env, "Alex Wu").contains(&"Inbox/Contoso Ltd/Deals".to_string()));
    // A change of case only is a rename too.
    let renamed = env.json(&[
        "folder",
        "rename",
        "Alex Wu",
        "Inbox/Contoso Ltd",
        "CONTOSO LTD",
    ]);
    assert_eq!(renamed["name"], "CONTOSO LTD");

    let before = paths(&env, "Alex Wu");
    env.run(&[
        "folder",
        "rename",
        "Alex Wu",
        "Inbox/Fabrikam",
        "contoso ltd",
    ])
    .code(5)
    .stderr_has("already has a folder CONTOSO LTD in Inbox");
    env.run(&["folder", "rename", "Alex Wu", "Inbox/Fabrikam", "a/b"])
        .code(4);
    env.run(&["folder", "rename", "Alex Wu", "Inbox/Nope", "X"])
        .code(3);
    assert_eq!(paths(&env, "Alex Wu"), before);
}

#[test]
fn well_known_folders_cannot_be_renamed_moved_or_deleted() {
    let env = org();
    env.run(&["folder", "add", "Alex Wu", "Projects"]).ok();
    let before = paths(&env, "Alex Wu");
    let run = env
        .run(&["--json", "folder", "rename", "Alex Wu", "Inbox", "Post"])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "well_known_folder");
    env.run(&["folder", "move", "Alex Wu", "Sent Items", "Projects"])
        .code(4)
        .stderr_has("Sent Items is a well-known folder: it cannot be moved");
    env.run(&["folder", "delete", "Alex Wu", "deleted items"])
        .code(4)
        .stderr_has("it cannot be deleted");
    assert_eq!(paths(&env, "Alex Wu"), before);
}

#[test]
fn folders_move_with_their_subtree() {
    let env = org();
    for path in ["Inbox/Contoso", "Inbox/Contoso/Deals", "Projects"] {
        env.run(&["folder", "add", "Alex Wu", path]).ok();
    }
    let id = folder_id(&env, "Alex Wu", "Inbox/Contoso");
    let moved = env.json(&["folder", "move", "Alex Wu", "Inbox/Contoso", "projects"]);
    assert_eq!(moved["id"], id);
    assert_eq!(moved["path"], "Projects/Contoso");
    assert!(paths(&env, "Alex Wu").contains(&"Projects/Contoso/Deals".to_string()));
    let moved = env.json(&["folder", "move", "Alex Wu", "Projects/Contoso", "/"]);
    assert_eq!(moved["path"], "Contoso");
    assert_eq!(moved["parent_id"], Value::Null);
}

#[test]
fn folder_move_refusals_change_nothing() {
    let env = org();
    for path in [
        "Inbox/Contoso",
        "Inbox/Contoso/Deals",
        "Projects",
        "Projects/Contoso",
    ] {
        env.run(&["folder", "add", "Alex Wu", path]).ok();
    }
    let before = paths(&env, "Alex Wu");
    let run = env
        .run(&[
            "--json",
            "folder",
            "move",
            "Alex Wu",
            "Inbox/Contoso",
            "Inbox/Contoso/Deals",
        ])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "folder_cycle");
    env.run(&[
        "folder",
        "move",
        "Alex Wu",
        "Inbox/Contoso",
        "Inbox/Contoso",
    ])
    .code(4)
    .stderr_has("into itself");
    env.run(&["folder", "move", "Alex Wu", "Inbox/Contoso", "Projects"])
        .code(5)
        .stderr_has("already has a folder Contoso in Projects");
    env.run(&["folder", "move", "Alex Wu", "Inbox/Contoso", "Nowhere"])
        .code(3);
    env.run(&["folder", "move", "Alex Wu", "Nowhere", "Projects"])
        .code(3);
    assert_eq!(paths(&env, "Alex Wu"), before);
}

#[test]
fn deleting_a_folder_with_subfolders_needs_recursive() {
    let env = org();
    for path in [
        "Projects",
        "Projects/Apollo",
        "Projects/Apollo/Notes",
        "Archive",
    ] {
        env.run(&["folder", "add", "Alex Wu", path]).ok();
    }
    let before = paths(&env, "Alex Wu");
    let run = env
        .run(&["--json", "folder", "delete", "Alex Wu", "Projects"])
        .code(5);
    assert_eq!(run.error_json()["error"]["code"], "folder_not_empty");
    env.run(&["folder", "delete", "Alex Wu", "Projects"])
        .code(5)
        .stderr_has("has 2 subfolders; use --recursive");
    assert_eq!(paths(&env, "Alex Wu"), before);

    let removed = env.json(&["folder", "delete", "Alex Wu", "Archive"]);
    assert_eq!(removed["removed"], 1);
    // Subfolders go too: confirmed with --yes when nobody is at a terminal; --dry-run shows it.
    env.run(&["folder", "delete", "Alex Wu", "projects", "--recursive"])
        .code(2)
        .stderr_has("this deletes folder Projects of Alex Wu with its 2 subfolder(s): add --yes");
    let dry = env.json(&[
        "folder",
        "delete",
        "Alex Wu",
        "projects",
        "--recursive",
        "--dry-run",
    ]);
    assert_eq!(
        dry["subfolders"],
        serde_json::json!(["Projects/Apollo", "Projects/Apollo/Notes"])
    );
    assert_eq!(
        paths(&env, "Alex Wu"),
        before
            .iter()
            .filter(|p| *p != "Archive")
            .cloned()
            .collect::<Vec<_>>()
    );
    let removed = env.json(&[
        "folder",
        "delete",
        "Alex Wu",
        "projects",
        "--recursive",
        "--yes",
    ]);
    assert_eq!(removed["removed"], 3);
    assert_eq!(removed["folder"], "Projects");
    assert_eq!(removed["subfolders"], dry["subfolders"]);
    assert_eq!(paths(&env, "Alex Wu"), WELL_KNOWN);
    env.run(&["folder", "delete", "Alex Wu", "Projects"])
        .code(3);
    assert_eq!(
        env.json(&["mailbox", "show", "Alex Wu"])["counts"]["folders"],
        6
    );
}

#[test]
fn deleting_a_folder_moves_its_mail_to_deleted_items() {
    let env = Env::with_mailboxes(&[("Alex Wu", "alex@contoso.com")]);
    env.run(&["folder", "add", "Alex Wu", "Inbox/Deals"]).ok();
    env.run(&["folder", "add", "Alex Wu", "Inbox/Deals/Old"])
        .ok();
    env.run(&[
        "mail",
        "receive",
        "--from",
        "a@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "One",
    ])
    .ok();
    env.run(&[
        "mail",
        "receive",
        "--from",
        "a@fabrikam.com",
        "--to",
        "alex@contoso.com",
        "--subject",
        "Two",
    ])
    .ok();
    env.run(&["item", "move", "1", "Inbox/Deals"]).ok();
    env.run(&["item", "move", "2", "Inbox/Deals/Old"]).ok();
    let deleted = env.json(&[
        "folder",
        "delete",
        "Alex Wu",
        "Inbox/Deals",
        "--recursive",
        "--yes",
    ]);
    assert_eq!(deleted["items_moved_to_deleted_items"], 2);
    for id in ["1", "2"] {
        assert_eq!(env.json(&["item", "show", id])["folder"], "Deleted Items");
    }
    assert!(
        !paths(&env, "Alex Wu")
            .iter()
            .any(|p| p.starts_with("Inbox/Deals"))
    );
}
