
use builtin;
use str;

set edit:completion:arg-completer[orgtrack] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'orgtrack'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'orgtrack'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new state file holding an empty org'
            cand generate 'Create a new state file holding a large synthetic org, ready for `sync`'
            cand org 'Show or change the org itself'
            cand settings 'List, get, set, reset, describe, export, import and diff org settings'
            cand token 'Read tracking tokens in email subjects'
            cand user 'Users, each with a mailbox'
            cand queue 'Queues, each with an owner and a mailbox'
            cand record 'Dynamics records that email resolves to and activities are regarding'
            cand record-rule 'Automatic record creation and update rules of queues: email to cases, leads, ...'
            cand mailbox 'Mailboxes: methods, approval, Test & Enable, enabled'
            cand delegate 'Users allowed to act in a mailbox'
            cand folder 'Exchange folders of a mailbox'
            cand inbox-rule 'Outlook inbox rules: categorize or move mail as it arrives'
            cand alerts 'Mailbox and org alerts'
            cand mail 'Exchange side: email received or sent'
            cand appointment 'Exchange side: calendar appointments and recurring series'
            cand calendar 'Exchange side: import calendars (.ics)'
            cand task 'Exchange side: tasks'
            cand contact 'Exchange side: contacts'
            cand item 'Items in mailboxes: list, show, categorize, move, delete, track and untrack'
            cand category 'A mailbox''s master category list'
            cand activity 'Dynamics 365 activities created by tracking'
            cand plugin 'Customer plugins that make activity creation fail'
            cand sync 'Run sync cycles (each advances the simulated clock by the cycle interval)'
            cand clock 'The simulated clock'
            cand explain 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID'
            cand demo 'Tell the story of category tracking on a throw-away org'
            cand thread-index 'Decode Outlook Thread-Index header values'
            cand env 'Named real environments for --env'
            cand auth 'Sign in to real environments: named profiles whose tokens --env uses'
            cand serve 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;init'= {
            cand --org 'Organization name'
            cand --version 'Organization version (four numbers); decides which settings apply and their defaults'
            cand --clock 'Start of the simulated clock [default: now, to the minute]'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --force 'Replace an existing state file'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;generate'= {
            cand --org 'Organization name'
            cand --version 'Organization version (four numbers); decides which settings apply and their defaults'
            cand --clock 'Start of the simulated clock [default: now, to the minute]'
            cand --users 'Users, each with a mailbox'
            cand --queues 'Queues, each with a mailbox (owned by the users in turn)'
            cand --emails-per-mailbox 'Emails in each mailbox, received over the 30 days before the clock'
            cand --categorized 'Percent of the emails categorized `Tracked to Dynamics 365` and waiting for the next cycle'
            cand --seed 'Seed of the generator: the same seed and sizes make the same org'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --force 'Replace an existing state file'
            cand --threads 'Emails come in conversations of 1 to 6 messages replying to each other'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;org'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Name, version, clock, cycle interval and counts'
            cand set-version 'Change the org version (settings defaults and applicability follow it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;org;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;org;set-version'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;org;help'= {
            cand show 'Name, version, clock, cycle interval and counts'
            cand set-version 'Change the org version (settings defaults and applicability follow it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;org;help;show'= {
        }
        &'orgtrack;org;help;set-version'= {
        }
        &'orgtrack;org;help;help'= {
        }
        &'orgtrack;settings'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Settings that apply to this org''s version, with value, default, type and range'
            cand get 'One setting'
            cand set 'Change a setting (type and range checked)'
            cand reset 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
            cand clear 'Empty settings that may be null (Dataverse keeps no value for them)'
            cand remove 'Delete OrgDB settings from the orgdborgsettings blob'
            cand describe 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
            cand diff 'Compare this org with a settings file or another environment'
            cand history 'Settings changes made to this org, oldest first'
            cand undo 'Revert the latest settings change, or every change back to a journal entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;settings;list'= {
            cand --area 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)'
            cand --filter 'Only names or descriptions containing TEXT (any case)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Include settings that do not apply to this org''s version'
            cand --changed 'Only settings whose value differs from the default'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;get'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;set'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --force 'Set it even when it does not apply to this org''s version'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;reset'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;clear'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;describe'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;export'= {
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;import'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --force 'Also set settings that do not apply to this org''s version'
            cand --prune 'Also put every setting the file does not name back to its default, in the same change'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;diff'= {
            cand --against 'An environment (name or URL) or a settings file to compare with'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --exit-code 'Exit 1 when they differ'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;history'= {
            cand --setting 'Only this setting''s changes'
            cand --limit 'Only the last N entries'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;undo'= {
            cand --to 'Revert this entry and every later one'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Show what would change without changing it'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;settings;help'= {
            cand list 'Settings that apply to this org''s version, with value, default, type and range'
            cand get 'One setting'
            cand set 'Change a setting (type and range checked)'
            cand reset 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
            cand clear 'Empty settings that may be null (Dataverse keeps no value for them)'
            cand remove 'Delete OrgDB settings from the orgdborgsettings blob'
            cand describe 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
            cand diff 'Compare this org with a settings file or another environment'
            cand history 'Settings changes made to this org, oldest first'
            cand undo 'Revert the latest settings change, or every change back to a journal entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;settings;help;list'= {
        }
        &'orgtrack;settings;help;get'= {
        }
        &'orgtrack;settings;help;set'= {
        }
        &'orgtrack;settings;help;reset'= {
        }
        &'orgtrack;settings;help;clear'= {
        }
        &'orgtrack;settings;help;remove'= {
        }
        &'orgtrack;settings;help;describe'= {
        }
        &'orgtrack;settings;help;export'= {
        }
        &'orgtrack;settings;help;import'= {
        }
        &'orgtrack;settings;help;diff'= {
        }
        &'orgtrack;settings;help;history'= {
        }
        &'orgtrack;settings;help;undo'= {
        }
        &'orgtrack;settings;help;help'= {
        }
        &'orgtrack;token'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand parse 'Find the tracking token at the end of a subject and show its parts'
            cand next 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;token;parse'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;token;next'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;token;help'= {
            cand parse 'Find the tracking token at the end of a subject and show its parts'
            cand next 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;token;help;parse'= {
        }
        &'orgtrack;token;help;next'= {
        }
        &'orgtrack;token;help;help'= {
        }
        &'orgtrack;user'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
            cand list 'Every user'
            cand show 'One user, by id, email address or name'
            cand set 'Rename a user (and so its mailbox) or change what it tracks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;user;add'= {
            cand --email 'The user''s primary email address (unique across users and queues)'
            cand --track-email 'Which incoming email is tracked automatically'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;user;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;user;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;user;set'= {
            cand --name 'name'
            cand --track-email 'track-email'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;user;help'= {
            cand add 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
            cand list 'Every user'
            cand show 'One user, by id, email address or name'
            cand set 'Rename a user (and so its mailbox) or change what it tracks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;user;help;add'= {
        }
        &'orgtrack;user;help;list'= {
        }
        &'orgtrack;user;help;show'= {
        }
        &'orgtrack;user;help;set'= {
        }
        &'orgtrack;user;help;help'= {
        }
        &'orgtrack;queue'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
            cand list 'Every queue'
            cand show 'One queue, by id, email address or name'
            cand set 'Rename a queue (and so its mailbox), change its owner or what it converts'
            cand items 'The queue items of a queue: email tracked through it, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;queue;add'= {
            cand --email 'The queue''s email address (unique across users and queues)'
            cand --owner 'The owning user: id, email address or name'
            cand --convert-email 'Which incoming email becomes activities (not none: a queue converts some)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;queue;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;queue;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;queue;set'= {
            cand --name 'name'
            cand --owner 'The new owning user: id, email address or name'
            cand --convert-email 'convert-email'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;queue;items'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;queue;help'= {
            cand add 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
            cand list 'Every queue'
            cand show 'One queue, by id, email address or name'
            cand set 'Rename a queue (and so its mailbox), change its owner or what it converts'
            cand items 'The queue items of a queue: email tracked through it, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;queue;help;add'= {
        }
        &'orgtrack;queue;help;list'= {
        }
        &'orgtrack;queue;help;show'= {
        }
        &'orgtrack;queue;help;set'= {
        }
        &'orgtrack;queue;help;items'= {
        }
        &'orgtrack;queue;help;help'= {
        }
        &'orgtrack;record'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a record and print its id'
            cand list 'Records, by kind and name'
            cand show 'One record, by id, name or email address'
            cand delete 'Delete a record'
            cand resolve 'Resolve a case (state resolved, resolved at the simulated clock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record;add'= {
            cand --email 'The address email from or to it resolves to'
            cand --owner 'The owning user: id, email address or name'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record;list'= {
            cand --kind 'Only records of this kind'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record;delete'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record;resolve'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record;help'= {
            cand add 'Add a record and print its id'
            cand list 'Records, by kind and name'
            cand show 'One record, by id, name or email address'
            cand delete 'Delete a record'
            cand resolve 'Resolve a case (state resolved, resolved at the simulated clock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record;help;add'= {
        }
        &'orgtrack;record;help;list'= {
        }
        &'orgtrack;record;help;show'= {
        }
        &'orgtrack;record;help;delete'= {
        }
        &'orgtrack;record;help;resolve'= {
        }
        &'orgtrack;record;help;help'= {
        }
        &'orgtrack;record-rule'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a rule for a queue; it starts inactive: add its items, then activate it'
            cand list 'Every rule'
            cand show 'One rule with its items, in the order they are evaluated'
            cand activate 'Start applying the rule to email tracked through its queue (one active rule per queue)'
            cand deactivate 'Stop applying the rule (needed before changing or removing it)'
            cand remove 'Delete an inactive rule'
            cand item 'The rule''s items: conditions on the email, evaluated in order; the first match fires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record-rule;add'= {
            cand --queue 'The queue whose email it processes: id, email address or name'
            cand --create 'The kind of record its items create: case, lead, contact, account, opportunity, or an email-enabled custom table (prefix_name)'
            cand --owner 'Who owns the records it creates: id, email address or name [default: the queue''s owner]'
            cand --wait-after-resolved 'After a record is resolved, replies stay on it for this long before a new record is created: 30m, 2h, 1d'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --allow-unknown-senders 'Also process email from senders that are no record, user or queue'
            cand --create-contact-for-unknown-sender 'Create a contact for an unknown sender'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;activate'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;deactivate'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;item'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an item after the rule''s last one (the rule must be inactive)'
            cand remove 'Remove the item at this position; the ones after it move up (the rule must be inactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record-rule;item;add'= {
            cand --name 'The item''s name [default: Item N]'
            cand --subject-contains 'Condition: the email''s subject contains this text (any case)'
            cand --from-domain 'Condition: the sender''s address is in this domain'
            cand --priority 'The priority of the record it creates'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;item;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;record-rule;item;help'= {
            cand add 'Add an item after the rule''s last one (the rule must be inactive)'
            cand remove 'Remove the item at this position; the ones after it move up (the rule must be inactive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record-rule;item;help;add'= {
        }
        &'orgtrack;record-rule;item;help;remove'= {
        }
        &'orgtrack;record-rule;item;help;help'= {
        }
        &'orgtrack;record-rule;help'= {
            cand add 'Add a rule for a queue; it starts inactive: add its items, then activate it'
            cand list 'Every rule'
            cand show 'One rule with its items, in the order they are evaluated'
            cand activate 'Start applying the rule to email tracked through its queue (one active rule per queue)'
            cand deactivate 'Stop applying the rule (needed before changing or removing it)'
            cand remove 'Delete an inactive rule'
            cand item 'The rule''s items: conditions on the email, evaluated in order; the first match fires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;record-rule;help;add'= {
        }
        &'orgtrack;record-rule;help;list'= {
        }
        &'orgtrack;record-rule;help;show'= {
        }
        &'orgtrack;record-rule;help;activate'= {
        }
        &'orgtrack;record-rule;help;deactivate'= {
        }
        &'orgtrack;record-rule;help;remove'= {
        }
        &'orgtrack;record-rule;help;item'= {
            cand add 'Add an item after the rule''s last one (the rule must be inactive)'
            cand remove 'Remove the item at this position; the ones after it move up (the rule must be inactive)'
        }
        &'orgtrack;record-rule;help;item;add'= {
        }
        &'orgtrack;record-rule;help;item;remove'= {
        }
        &'orgtrack;record-rule;help;help'= {
        }
        &'orgtrack;mailbox'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Every mailbox, with methods, approval and status'
            cand show 'Every field of one mailbox, with its delegates, categories and folders'
            cand set 'Change delivery methods; a changed direction must be tested again'
            cand approve 'Approve the email address of mailboxes'
            cand test-enable 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
            cand disable 'Stop sync cycles from processing mailboxes'
            cand enable 'Let sync cycles process mailboxes again (tested directions only)'
            cand reset-after-copy 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;mailbox;list'= {
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --limit 'At most N mailboxes'
            cand --after 'Only mailboxes listed after the mailbox with this id (paging: pass the last id seen; local state only)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;set'= {
            cand --approval 'Only mailboxes whose address approval is this'
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --owner-kind 'Only mailboxes of users, or of queues'
            cand --incoming 'How incoming email is delivered'
            cand --outgoing 'How outgoing email is sent (a forward mailbox sends none)'
            cand --act 'How appointments, contacts and tasks are synchronized (a queue''s: none)'
            cand --process-email-after 'Only email received after this time is processed (the mailbox''s watermark)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Every mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;approve'= {
            cand --approval 'Only mailboxes whose address approval is this'
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --owner-kind 'Only mailboxes of users, or of queues'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Every mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;test-enable'= {
            cand --approval 'Only mailboxes whose address approval is this'
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --owner-kind 'Only mailboxes of users, or of queues'
            cand --wait 'With --env: wait (at most SECONDS, default 600) until the service has tested each mailbox, then print the results and the alerts raised meanwhile (locally the test is immediate)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Every mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;disable'= {
            cand --approval 'Only mailboxes whose address approval is this'
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --owner-kind 'Only mailboxes of users, or of queues'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Every mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;enable'= {
            cand --approval 'Only mailboxes whose address approval is this'
            cand --status 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status'
            cand --owner-kind 'Only mailboxes of users, or of queues'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'Every mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;reset-after-copy'= {
            cand --keep 'The mailboxes to keep synchronizing: ids, addresses or names, one a line (# comments)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --dry-run 'Print what would be done to each mailbox; change nothing'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mailbox;help'= {
            cand list 'Every mailbox, with methods, approval and status'
            cand show 'Every field of one mailbox, with its delegates, categories and folders'
            cand set 'Change delivery methods; a changed direction must be tested again'
            cand approve 'Approve the email address of mailboxes'
            cand test-enable 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
            cand disable 'Stop sync cycles from processing mailboxes'
            cand enable 'Let sync cycles process mailboxes again (tested directions only)'
            cand reset-after-copy 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;mailbox;help;list'= {
        }
        &'orgtrack;mailbox;help;show'= {
        }
        &'orgtrack;mailbox;help;set'= {
        }
        &'orgtrack;mailbox;help;approve'= {
        }
        &'orgtrack;mailbox;help;test-enable'= {
        }
        &'orgtrack;mailbox;help;disable'= {
        }
        &'orgtrack;mailbox;help;enable'= {
        }
        &'orgtrack;mailbox;help;reset-after-copy'= {
        }
        &'orgtrack;mailbox;help;help'= {
        }
        &'orgtrack;delegate'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Let a user act in a mailbox (again: change the permission)'
            cand list 'The delegates of a mailbox'
            cand remove 'Take a user''s delegation away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;delegate;add'= {
            cand --permission 'permission'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;delegate;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;delegate;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;delegate;help'= {
            cand add 'Let a user act in a mailbox (again: change the permission)'
            cand list 'The delegates of a mailbox'
            cand remove 'Take a user''s delegation away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;delegate;help;add'= {
        }
        &'orgtrack;delegate;help;list'= {
        }
        &'orgtrack;delegate;help;remove'= {
        }
        &'orgtrack;delegate;help;help'= {
        }
        &'orgtrack;folder'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
            cand rename 'Rename a folder (not a well-known one)'
            cand move 'Move a folder under another one ("/" for the top of the mailbox)'
            cand delete 'Delete a folder (not a well-known one)'
            cand list 'The folder tree of a mailbox'
            cand track 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
            cand untrack 'Delete a folder''s tracking rule (mail tracked through it stays tracked)'
            cand rules 'The folder tracking rules of a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;folder;add'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;rename'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;move'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;delete'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --recursive 'Also delete its subfolders'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;track'= {
            cand --regarding 'Record the tracked mail is regarding: id or name'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;untrack'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;rules'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;folder;help'= {
            cand add 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
            cand rename 'Rename a folder (not a well-known one)'
            cand move 'Move a folder under another one ("/" for the top of the mailbox)'
            cand delete 'Delete a folder (not a well-known one)'
            cand list 'The folder tree of a mailbox'
            cand track 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
            cand untrack 'Delete a folder''s tracking rule (mail tracked through it stays tracked)'
            cand rules 'The folder tracking rules of a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;folder;help;add'= {
        }
        &'orgtrack;folder;help;rename'= {
        }
        &'orgtrack;folder;help;move'= {
        }
        &'orgtrack;folder;help;delete'= {
        }
        &'orgtrack;folder;help;list'= {
        }
        &'orgtrack;folder;help;track'= {
        }
        &'orgtrack;folder;help;untrack'= {
        }
        &'orgtrack;folder;help;rules'= {
        }
        &'orgtrack;folder;help;help'= {
        }
        &'orgtrack;inbox-rule'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox'
            cand list 'The mailbox''s rules, in the order they run'
            cand remove 'Delete a rule'
            cand enable 'Turn a rule on again'
            cand disable 'Keep a rule but stop running it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;inbox-rule;add'= {
            cand --from 'Condition: sent by this address, or by anyone in this domain (fabrikam.com)'
            cand --to 'Condition: this address, or anyone in this domain, is a To or Cc recipient'
            cand --subject-contains 'Condition: the subject contains this text (any case)'
            cand --has-category 'Condition: the message carries this category (assigned by an earlier rule)'
            cand --assign-category 'Action: assign this category (repeatable); the tracking category tracks at the next cycle'
            cand --remove-category 'Action: remove this category (repeatable)'
            cand --move-to 'Action: move the message to this folder (Inbox/Contoso); out of the Inbox, automatic tracking no longer sees it'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --stop 'Stop processing more rules when this one matches'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;inbox-rule;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;inbox-rule;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;inbox-rule;enable'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;inbox-rule;disable'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;inbox-rule;help'= {
            cand add 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox'
            cand list 'The mailbox''s rules, in the order they run'
            cand remove 'Delete a rule'
            cand enable 'Turn a rule on again'
            cand disable 'Keep a rule but stop running it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;inbox-rule;help;add'= {
        }
        &'orgtrack;inbox-rule;help;list'= {
        }
        &'orgtrack;inbox-rule;help;remove'= {
        }
        &'orgtrack;inbox-rule;help;enable'= {
        }
        &'orgtrack;inbox-rule;help;disable'= {
        }
        &'orgtrack;inbox-rule;help;help'= {
        }
        &'orgtrack;alerts'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Alerts, newest first'
            cand show 'One alert'
            cand clear 'Delete alerts and print how many'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;alerts;list'= {
            cand --mailbox 'Only alerts about this mailbox'
            cand --level 'level'
            cand --since 'Only alerts last raised at or after TIME'
            cand --limit 'At most N alerts'
            cand --after 'Only alerts listed after the alert with this id (paging: pass the last id seen; local state only)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;alerts;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;alerts;clear'= {
            cand --mailbox 'Only alerts about this mailbox'
            cand --before 'Only alerts last raised before TIME'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;alerts;help'= {
            cand list 'Alerts, newest first'
            cand show 'One alert'
            cand clear 'Delete alerts and print how many'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;alerts;help;list'= {
        }
        &'orgtrack;alerts;help;show'= {
        }
        &'orgtrack;alerts;help;clear'= {
        }
        &'orgtrack;alerts;help;help'= {
        }
        &'orgtrack;mail'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand receive 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
            cand send 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox'
            cand import 'Import .eml files, folders of them (recursively) and mbox files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;mail;receive'= {
            cand --from 'Sender address'
            cand --to 'Recipients (comma separated or repeated)'
            cand --cc 'cc'
            cand --bcc 'bcc'
            cand --subject 'subject'
            cand --body 'body'
            cand --message-id 'Message-ID (generated when not given)'
            cand --in-reply-to 'Message-ID of the email this one replies to'
            cand --references 'Space-separated Message-IDs of the conversation so far'
            cand --thread-index 'Outlook Thread-Index header (base64)'
            cand --date 'When it was sent [default: the simulated clock]'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mail;send'= {
            cand --from 'Sending mailbox: id, email address or name'
            cand --to 'to'
            cand --cc 'cc'
            cand --subject 'subject'
            cand --body 'body'
            cand --in-reply-to 'Message-ID of the email this one replies to'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --via-dynamics 'Sent from Dynamics 365: the outgoing email activity exists at once'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mail;import'= {
            cand --mailbox 'Mailbox the messages land in: id, email address or name'
            cand --folder 'Folder of that mailbox [default: Inbox]'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --deliver 'Route each message to every internal recipient''s Inbox, as `mail receive` does'
            cand --strict 'Import everything or nothing: one bad file imports none'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;mail;help'= {
            cand receive 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
            cand send 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox'
            cand import 'Import .eml files, folders of them (recursively) and mbox files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;mail;help;receive'= {
        }
        &'orgtrack;mail;help;send'= {
        }
        &'orgtrack;mail;help;import'= {
        }
        &'orgtrack;mail;help;help'= {
        }
        &'orgtrack;appointment'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;appointment;add'= {
            cand --mailbox 'mailbox'
            cand --subject 'subject'
            cand --start 'start'
            cand --end 'end'
            cand --organizer 'Organizer address [default: the mailbox''s own]'
            cand --attendees 'attendees'
            cand --rrule 'iCalendar recurrence rule, e.g. FREQ=WEEKLY;COUNT=4'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;appointment;help'= {
            cand add 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;appointment;help;add'= {
        }
        &'orgtrack;appointment;help;help'= {
        }
        &'orgtrack;calendar'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand import 'Import iCalendar files: events become appointments, recurring ones series'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;calendar;import'= {
            cand --mailbox 'Mailbox whose calendar receives them'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --strict 'Import everything or nothing: one bad file imports none'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;calendar;help'= {
            cand import 'Import iCalendar files: events become appointments, recurring ones series'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;calendar;help;import'= {
        }
        &'orgtrack;calendar;help;help'= {
        }
        &'orgtrack;task'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a task to a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;task;add'= {
            cand --mailbox 'mailbox'
            cand --subject 'subject'
            cand --due 'due'
            cand --assign-to 'Assign the task to someone in Outlook (not synchronized to Dynamics 365)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --completed 'completed'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;task;help'= {
            cand add 'Add a task to a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;task;help;add'= {
        }
        &'orgtrack;task;help;help'= {
        }
        &'orgtrack;contact'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add a contact to a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;contact;add'= {
            cand --mailbox 'mailbox'
            cand --name 'name'
            cand --email 'email'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;contact;help'= {
            cand add 'Add a contact to a mailbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;contact;help;add'= {
        }
        &'orgtrack;contact;help;help'= {
        }
        &'orgtrack;item'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Items, oldest first; streams, so it stays fast on large states'
            cand show 'Every field of an item, with its tracking state'
            cand categorize 'Assign a category (default: the tracking category); tracked at the next cycle'
            cand uncategorize 'Remove a category (default: the tracking category); untracked at the next cycle'
            cand move 'Move an item to another folder of its mailbox'
            cand delete 'Delete an item in Outlook; the deletion rules apply at the next cycle'
            cand track 'App for Outlook: track now (and assign the tracking category now)'
            cand untrack 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;item;list'= {
            cand --mailbox 'mailbox'
            cand --folder 'Folder path (needs --mailbox)'
            cand --kind 'kind'
            cand --tracking 'Only items in this tracking state (`--state` is the global state file option)'
            cand --limit 'At most N items'
            cand --after 'Only items with an id greater than ID (paging: pass the last id seen)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;categorize'= {
            cand --category 'Category name [default: the tracking category, whatever it is called now]'
            cand --as 'Act as this user (a delegate with Editor permission on the mailbox)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --thread 'Every email of each item''s conversation in its mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;uncategorize'= {
            cand --category 'Category name [default: the tracking category, whatever it is called now]'
            cand --as 'Act as this user (a delegate with Editor permission on the mailbox)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --thread 'Every email of each item''s conversation in its mailbox'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;move'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;delete'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;track'= {
            cand --regarding 'Record the activity is regarding: id or name'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;untrack'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --delete-activity 'Also delete the activity (or, for a contact, the record) where the rules allow it'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;item;help'= {
            cand list 'Items, oldest first; streams, so it stays fast on large states'
            cand show 'Every field of an item, with its tracking state'
            cand categorize 'Assign a category (default: the tracking category); tracked at the next cycle'
            cand uncategorize 'Remove a category (default: the tracking category); untracked at the next cycle'
            cand move 'Move an item to another folder of its mailbox'
            cand delete 'Delete an item in Outlook; the deletion rules apply at the next cycle'
            cand track 'App for Outlook: track now (and assign the tracking category now)'
            cand untrack 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;item;help;list'= {
        }
        &'orgtrack;item;help;show'= {
        }
        &'orgtrack;item;help;categorize'= {
        }
        &'orgtrack;item;help;uncategorize'= {
        }
        &'orgtrack;item;help;move'= {
        }
        &'orgtrack;item;help;delete'= {
        }
        &'orgtrack;item;help;track'= {
        }
        &'orgtrack;item;help;untrack'= {
        }
        &'orgtrack;item;help;help'= {
        }
        &'orgtrack;category'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The master category list of a mailbox'
            cand rename 'Rename a category; tracking follows the category, not its name'
            cand delete 'Delete a category from the master list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;category;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;category;rename'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;category;delete'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;category;help'= {
            cand list 'The master category list of a mailbox'
            cand rename 'Rename a category; tracking follows the category, not its name'
            cand delete 'Delete a category from the master list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;category;help;list'= {
        }
        &'orgtrack;category;help;rename'= {
        }
        &'orgtrack;category;help;delete'= {
        }
        &'orgtrack;category;help;help'= {
        }
        &'orgtrack;activity'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Activities, oldest first'
            cand show 'Every field of an activity, with its parties'
            cand delete 'Delete an activity; Outlook follows at the next cycle where the rules say so'
            cand set-regarding 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle'
            cand set-state 'Mark an activity open, completed or canceled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;activity;list'= {
            cand --kind 'kind'
            cand --regarding 'Record: id or name'
            cand --owner 'User: id, email address or name'
            cand --limit 'limit'
            cand --after 'after'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;activity;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;activity;delete'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;activity;set-regarding'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;activity;set-state'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;activity;help'= {
            cand list 'Activities, oldest first'
            cand show 'Every field of an activity, with its parties'
            cand delete 'Delete an activity; Outlook follows at the next cycle where the rules say so'
            cand set-regarding 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle'
            cand set-state 'Mark an activity open, completed or canceled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;activity;help;list'= {
        }
        &'orgtrack;activity;help;show'= {
        }
        &'orgtrack;activity;help;delete'= {
        }
        &'orgtrack;activity;help;set-regarding'= {
        }
        &'orgtrack;activity;help;set-state'= {
        }
        &'orgtrack;activity;help;help'= {
        }
        &'orgtrack;plugin'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Register a plugin that fails activity creation (always, or the first N times)'
            cand list 'list'
            cand remove 'remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;plugin;add'= {
            cand --on 'Only for this activity kind'
            cand --subject-contains 'subject-contains'
            cand --error 'error'
            cand --times 'Fail only the first N times'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;plugin;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;plugin;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;plugin;help'= {
            cand add 'Register a plugin that fails activity creation (always, or the first N times)'
            cand list 'list'
            cand remove 'remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;plugin;help;add'= {
        }
        &'orgtrack;plugin;help;list'= {
        }
        &'orgtrack;plugin;help;remove'= {
        }
        &'orgtrack;plugin;help;help'= {
        }
        &'orgtrack;sync'= {
            cand --cycles 'Number of cycles to run [default: 1]'
            cand --until 'Run cycles until the clock reaches TIME'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;clock'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'The simulated time, the cycle interval and the cycles run so far'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;clock;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;clock;help'= {
            cand show 'The simulated time, the cycle interval and the cycles run so far'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;clock;help;show'= {
        }
        &'orgtrack;clock;help;help'= {
        }
        &'orgtrack;explain'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;demo'= {
            cand --keep 'Keep the demo org in this new state file (it must not exist)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;thread-index'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;thread-index;decode'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;thread-index;help'= {
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;thread-index;help;decode'= {
        }
        &'orgtrack;thread-index;help;help'= {
        }
        &'orgtrack;env'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Name an environment URL, for `--env NAME`'
            cand list 'The named environments'
            cand remove 'Forget a named environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;env;add'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --force 'Replace an environment of the same name'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;env;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;env;remove'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;env;help'= {
            cand add 'Name an environment URL, for `--env NAME`'
            cand list 'The named environments'
            cand remove 'Forget a named environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;env;help;add'= {
        }
        &'orgtrack;env;help;list'= {
        }
        &'orgtrack;env;help;remove'= {
        }
        &'orgtrack;env;help;help'= {
        }
        &'orgtrack;auth'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Sign in to an environment and keep the tokens as a named profile'
            cand list 'The sign-in profiles (never their tokens)'
            cand select 'Make a profile the one used when --env names none'
            cand who 'Who the selected profile (or --env''s) is signed in as, where, and until when'
            cand logout 'Forget a profile''s tokens, or every profile''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;auth;login'= {
            cand --certificate 'Sign in as an app registration with its certificate: a PEM file holding the certificate and its RSA private key (PFX is not read)'
            cand --cloud 'The cloud: its identity platform and environment domains [default: the environment''s, else public]'
            cand --tenant 'Directory (tenant) id or domain [default: organizations for users; required for apps]'
            cand --client-id 'Application (client) id [default for users: the Dataverse sample public client]'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --device-code 'Sign in as a user with a code entered in a browser (the default)'
            cand --client-secret 'Sign in as an app registration; the secret comes from ORGTRACK_CLIENT_SECRET or, when that is unset, from standard input (never from an argument)'
            cand --azure-cli 'Use the Azure CLI''s sign-in (`az login`): tokens from `az account get-access-token`'
            cand --managed-identity 'Sign in as this Azure machine''s managed identity (--client-id: a user-assigned one)'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;auth;list'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;auth;select'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;auth;who'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;auth;logout'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --all 'all'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;auth;help'= {
            cand login 'Sign in to an environment and keep the tokens as a named profile'
            cand list 'The sign-in profiles (never their tokens)'
            cand select 'Make a profile the one used when --env names none'
            cand who 'Who the selected profile (or --env''s) is signed in as, where, and until when'
            cand logout 'Forget a profile''s tokens, or every profile''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;auth;help;login'= {
        }
        &'orgtrack;auth;help;list'= {
        }
        &'orgtrack;auth;help;select'= {
        }
        &'orgtrack;auth;help;who'= {
        }
        &'orgtrack;auth;help;logout'= {
        }
        &'orgtrack;auth;help;help'= {
        }
        &'orgtrack;serve'= {
            cand --listen 'Address and port to listen on (port 0 picks a free one; the address is printed)'
            cand --token-file 'File holding the bearer token clients must send [default: a random token, printed on stderr]'
            cand --tls-cert 'PEM certificate chain: serve HTTPS (with --tls-key)'
            cand --tls-key 'PEM private key of --tls-cert'
            cand --public-url 'The URL clients use to reach this server, for the links it gives (@odata.nextLink, @odata.context) [default: the listening address]'
            cand --max-page-size 'Most rows in one page of a collection; more come through @odata.nextLink'
            cand --test-delay 'Seconds after which a scheduled Test & Enable (a PATCH setting testemailconfigurationscheduled) is carried out'
            cand --throttle 'Answer 429 with Retry-After beyond N requests a second (service protection limits)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --allow-clear-text 'Serve plain HTTP on an address other machines reach (tokens then cross the network in clear)'
            cand --refuse-approval 'Play a caller without the right to approve email addresses: a PATCH approving a mailbox is accepted and leaves its approval as it was'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;completions'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;man'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --columns 'Table and CSV columns: these fields, in this order (any field of the JSON rows)'
            cand --color 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)'
            cand --env 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET'
            cand --ca-cert 'Also trust the CA certificates in this PEM file for --env'
            cand --json 'Same as --format json'
            cand --wide 'Tables: show every column at full width, whatever the terminal''s width'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orgtrack;help'= {
            cand init 'Create a new state file holding an empty org'
            cand generate 'Create a new state file holding a large synthetic org, ready for `sync`'
            cand org 'Show or change the org itself'
            cand settings 'List, get, set, reset, describe, export, import and diff org settings'
            cand token 'Read tracking tokens in email subjects'
            cand user 'Users, each with a mailbox'
            cand queue 'Queues, each with an owner and a mailbox'
            cand record 'Dynamics records that email resolves to and activities are regarding'
            cand record-rule 'Automatic record creation and update rules of queues: email to cases, leads, ...'
            cand mailbox 'Mailboxes: methods, approval, Test & Enable, enabled'
            cand delegate 'Users allowed to act in a mailbox'
            cand folder 'Exchange folders of a mailbox'
            cand inbox-rule 'Outlook inbox rules: categorize or move mail as it arrives'
            cand alerts 'Mailbox and org alerts'
            cand mail 'Exchange side: email received or sent'
            cand appointment 'Exchange side: calendar appointments and recurring series'
            cand calendar 'Exchange side: import calendars (.ics)'
            cand task 'Exchange side: tasks'
            cand contact 'Exchange side: contacts'
            cand item 'Items in mailboxes: list, show, categorize, move, delete, track and untrack'
            cand category 'A mailbox''s master category list'
            cand activity 'Dynamics 365 activities created by tracking'
            cand plugin 'Customer plugins that make activity creation fail'
            cand sync 'Run sync cycles (each advances the simulated clock by the cycle interval)'
            cand clock 'The simulated clock'
            cand explain 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID'
            cand demo 'Tell the story of category tracking on a throw-away org'
            cand thread-index 'Decode Outlook Thread-Index header values'
            cand env 'Named real environments for --env'
            cand auth 'Sign in to real environments: named profiles whose tokens --env uses'
            cand serve 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;help;init'= {
        }
        &'orgtrack;help;generate'= {
        }
        &'orgtrack;help;org'= {
            cand show 'Name, version, clock, cycle interval and counts'
            cand set-version 'Change the org version (settings defaults and applicability follow it)'
        }
        &'orgtrack;help;org;show'= {
        }
        &'orgtrack;help;org;set-version'= {
        }
        &'orgtrack;help;settings'= {
            cand list 'Settings that apply to this org''s version, with value, default, type and range'
            cand get 'One setting'
            cand set 'Change a setting (type and range checked)'
            cand reset 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
            cand clear 'Empty settings that may be null (Dataverse keeps no value for them)'
            cand remove 'Delete OrgDB settings from the orgdborgsettings blob'
            cand describe 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
            cand diff 'Compare this org with a settings file or another environment'
            cand history 'Settings changes made to this org, oldest first'
            cand undo 'Revert the latest settings change, or every change back to a journal entry'
        }
        &'orgtrack;help;settings;list'= {
        }
        &'orgtrack;help;settings;get'= {
        }
        &'orgtrack;help;settings;set'= {
        }
        &'orgtrack;help;settings;reset'= {
        }
        &'orgtrack;help;settings;clear'= {
        }
        &'orgtrack;help;settings;remove'= {
        }
        &'orgtrack;help;settings;describe'= {
        }
        &'orgtrack;help;settings;export'= {
        }
        &'orgtrack;help;settings;import'= {
        }
        &'orgtrack;help;settings;diff'= {
        }
        &'orgtrack;help;settings;history'= {
        }
        &'orgtrack;help;settings;undo'= {
        }
        &'orgtrack;help;token'= {
            cand parse 'Find the tracking token at the end of a subject and show its parts'
            cand next 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)'
        }
        &'orgtrack;help;token;parse'= {
        }
        &'orgtrack;help;token;next'= {
        }
        &'orgtrack;help;user'= {
            cand add 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
            cand list 'Every user'
            cand show 'One user, by id, email address or name'
            cand set 'Rename a user (and so its mailbox) or change what it tracks'
        }
        &'orgtrack;help;user;add'= {
        }
        &'orgtrack;help;user;list'= {
        }
        &'orgtrack;help;user;show'= {
        }
        &'orgtrack;help;user;set'= {
        }
        &'orgtrack;help;queue'= {
            cand add 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
            cand list 'Every queue'
            cand show 'One queue, by id, email address or name'
            cand set 'Rename a queue (and so its mailbox), change its owner or what it converts'
            cand items 'The queue items of a queue: email tracked through it, oldest first'
        }
        &'orgtrack;help;queue;add'= {
        }
        &'orgtrack;help;queue;list'= {
        }
        &'orgtrack;help;queue;show'= {
        }
        &'orgtrack;help;queue;set'= {
        }
        &'orgtrack;help;queue;items'= {
        }
        &'orgtrack;help;record'= {
            cand add 'Add a record and print its id'
            cand list 'Records, by kind and name'
            cand show 'One record, by id, name or email address'
            cand delete 'Delete a record'
            cand resolve 'Resolve a case (state resolved, resolved at the simulated clock)'
        }
        &'orgtrack;help;record;add'= {
        }
        &'orgtrack;help;record;list'= {
        }
        &'orgtrack;help;record;show'= {
        }
        &'orgtrack;help;record;delete'= {
        }
        &'orgtrack;help;record;resolve'= {
        }
        &'orgtrack;help;record-rule'= {
            cand add 'Add a rule for a queue; it starts inactive: add its items, then activate it'
            cand list 'Every rule'
            cand show 'One rule with its items, in the order they are evaluated'
            cand activate 'Start applying the rule to email tracked through its queue (one active rule per queue)'
            cand deactivate 'Stop applying the rule (needed before changing or removing it)'
            cand remove 'Delete an inactive rule'
            cand item 'The rule''s items: conditions on the email, evaluated in order; the first match fires'
        }
        &'orgtrack;help;record-rule;add'= {
        }
        &'orgtrack;help;record-rule;list'= {
        }
        &'orgtrack;help;record-rule;show'= {
        }
        &'orgtrack;help;record-rule;activate'= {
        }
        &'orgtrack;help;record-rule;deactivate'= {
        }
        &'orgtrack;help;record-rule;remove'= {
        }
        &'orgtrack;help;record-rule;item'= {
            cand add 'Add an item after the rule''s last one (the rule must be inactive)'
            cand remove 'Remove the item at this position; the ones after it move up (the rule must be inactive)'
        }
        &'orgtrack;help;record-rule;item;add'= {
        }
        &'orgtrack;help;record-rule;item;remove'= {
        }
        &'orgtrack;help;mailbox'= {
            cand list 'Every mailbox, with methods, approval and status'
            cand show 'Every field of one mailbox, with its delegates, categories and folders'
            cand set 'Change delivery methods; a changed direction must be tested again'
            cand approve 'Approve the email address of mailboxes'
            cand test-enable 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
            cand disable 'Stop sync cycles from processing mailboxes'
            cand enable 'Let sync cycles process mailboxes again (tested directions only)'
            cand reset-after-copy 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
        }
        &'orgtrack;help;mailbox;list'= {
        }
        &'orgtrack;help;mailbox;show'= {
        }
        &'orgtrack;help;mailbox;set'= {
        }
        &'orgtrack;help;mailbox;approve'= {
        }
        &'orgtrack;help;mailbox;test-enable'= {
        }
        &'orgtrack;help;mailbox;disable'= {
        }
        &'orgtrack;help;mailbox;enable'= {
        }
        &'orgtrack;help;mailbox;reset-after-copy'= {
        }
        &'orgtrack;help;delegate'= {
            cand add 'Let a user act in a mailbox (again: change the permission)'
            cand list 'The delegates of a mailbox'
            cand remove 'Take a user''s delegation away'
        }
        &'orgtrack;help;delegate;add'= {
        }
        &'orgtrack;help;delegate;list'= {
        }
        &'orgtrack;help;delegate;remove'= {
        }
        &'orgtrack;help;folder'= {
            cand add 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
            cand rename 'Rename a folder (not a well-known one)'
            cand move 'Move a folder under another one ("/" for the top of the mailbox)'
            cand delete 'Delete a folder (not a well-known one)'
            cand list 'The folder tree of a mailbox'
            cand track 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
            cand untrack 'Delete a folder''s tracking rule (mail tracked through it stays tracked)'
            cand rules 'The folder tracking rules of a mailbox'
        }
        &'orgtrack;help;folder;add'= {
        }
        &'orgtrack;help;folder;rename'= {
        }
        &'orgtrack;help;folder;move'= {
        }
        &'orgtrack;help;folder;delete'= {
        }
        &'orgtrack;help;folder;list'= {
        }
        &'orgtrack;help;folder;track'= {
        }
        &'orgtrack;help;folder;untrack'= {
        }
        &'orgtrack;help;folder;rules'= {
        }
        &'orgtrack;help;inbox-rule'= {
            cand add 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox'
            cand list 'The mailbox''s rules, in the order they run'
            cand remove 'Delete a rule'
            cand enable 'Turn a rule on again'
            cand disable 'Keep a rule but stop running it'
        }
        &'orgtrack;help;inbox-rule;add'= {
        }
        &'orgtrack;help;inbox-rule;list'= {
        }
        &'orgtrack;help;inbox-rule;remove'= {
        }
        &'orgtrack;help;inbox-rule;enable'= {
        }
        &'orgtrack;help;inbox-rule;disable'= {
        }
        &'orgtrack;help;alerts'= {
            cand list 'Alerts, newest first'
            cand show 'One alert'
            cand clear 'Delete alerts and print how many'
        }
        &'orgtrack;help;alerts;list'= {
        }
        &'orgtrack;help;alerts;show'= {
        }
        &'orgtrack;help;alerts;clear'= {
        }
        &'orgtrack;help;mail'= {
            cand receive 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
            cand send 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox'
            cand import 'Import .eml files, folders of them (recursively) and mbox files'
        }
        &'orgtrack;help;mail;receive'= {
        }
        &'orgtrack;help;mail;send'= {
        }
        &'orgtrack;help;mail;import'= {
        }
        &'orgtrack;help;appointment'= {
            cand add 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar'
        }
        &'orgtrack;help;appointment;add'= {
        }
        &'orgtrack;help;calendar'= {
            cand import 'Import iCalendar files: events become appointments, recurring ones series'
        }
        &'orgtrack;help;calendar;import'= {
        }
        &'orgtrack;help;task'= {
            cand add 'Add a task to a mailbox'
        }
        &'orgtrack;help;task;add'= {
        }
        &'orgtrack;help;contact'= {
            cand add 'Add a contact to a mailbox'
        }
        &'orgtrack;help;contact;add'= {
        }
        &'orgtrack;help;item'= {
            cand list 'Items, oldest first; streams, so it stays fast on large states'
            cand show 'Every field of an item, with its tracking state'
            cand categorize 'Assign a category (default: the tracking category); tracked at the next cycle'
            cand uncategorize 'Remove a category (default: the tracking category); untracked at the next cycle'
            cand move 'Move an item to another folder of its mailbox'
            cand delete 'Delete an item in Outlook; the deletion rules apply at the next cycle'
            cand track 'App for Outlook: track now (and assign the tracking category now)'
            cand untrack 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
        }
        &'orgtrack;help;item;list'= {
        }
        &'orgtrack;help;item;show'= {
        }
        &'orgtrack;help;item;categorize'= {
        }
        &'orgtrack;help;item;uncategorize'= {
        }
        &'orgtrack;help;item;move'= {
        }
        &'orgtrack;help;item;delete'= {
        }
        &'orgtrack;help;item;track'= {
        }
        &'orgtrack;help;item;untrack'= {
        }
        &'orgtrack;help;category'= {
            cand list 'The master category list of a mailbox'
            cand rename 'Rename a category; tracking follows the category, not its name'
            cand delete 'Delete a category from the master list'
        }
        &'orgtrack;help;category;list'= {
        }
        &'orgtrack;help;category;rename'= {
        }
        &'orgtrack;help;category;delete'= {
        }
        &'orgtrack;help;activity'= {
            cand list 'Activities, oldest first'
            cand show 'Every field of an activity, with its parties'
            cand delete 'Delete an activity; Outlook follows at the next cycle where the rules say so'
            cand set-regarding 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle'
            cand set-state 'Mark an activity open, completed or canceled'
        }
        &'orgtrack;help;activity;list'= {
        }
        &'orgtrack;help;activity;show'= {
        }
        &'orgtrack;help;activity;delete'= {
        }
        &'orgtrack;help;activity;set-regarding'= {
        }
        &'orgtrack;help;activity;set-state'= {
        }
        &'orgtrack;help;plugin'= {
            cand add 'Register a plugin that fails activity creation (always, or the first N times)'
            cand list 'list'
            cand remove 'remove'
        }
        &'orgtrack;help;plugin;add'= {
        }
        &'orgtrack;help;plugin;list'= {
        }
        &'orgtrack;help;plugin;remove'= {
        }
        &'orgtrack;help;sync'= {
        }
        &'orgtrack;help;clock'= {
            cand show 'The simulated time, the cycle interval and the cycles run so far'
        }
        &'orgtrack;help;clock;show'= {
        }
        &'orgtrack;help;explain'= {
        }
        &'orgtrack;help;demo'= {
        }
        &'orgtrack;help;thread-index'= {
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
        }
        &'orgtrack;help;thread-index;decode'= {
        }
        &'orgtrack;help;env'= {
            cand add 'Name an environment URL, for `--env NAME`'
            cand list 'The named environments'
            cand remove 'Forget a named environment'
        }
        &'orgtrack;help;env;add'= {
        }
        &'orgtrack;help;env;list'= {
        }
        &'orgtrack;help;env;remove'= {
        }
        &'orgtrack;help;auth'= {
            cand login 'Sign in to an environment and keep the tokens as a named profile'
            cand list 'The sign-in profiles (never their tokens)'
            cand select 'Make a profile the one used when --env names none'
            cand who 'Who the selected profile (or --env''s) is signed in as, where, and until when'
            cand logout 'Forget a profile''s tokens, or every profile''s'
        }
        &'orgtrack;help;auth;login'= {
        }
        &'orgtrack;help;auth;list'= {
        }
        &'orgtrack;help;auth;select'= {
        }
        &'orgtrack;help;auth;who'= {
        }
        &'orgtrack;help;auth;logout'= {
        }
        &'orgtrack;help;serve'= {
        }
        &'orgtrack;help;completions'= {
        }
        &'orgtrack;help;man'= {
        }
        &'orgtrack;help;help'= {
        }
    ]
    $completions[$command]
}
