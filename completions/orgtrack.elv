
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
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new state file holding an empty org'
            cand org 'Show or change the org itself'
            cand settings 'List, get, set, reset, describe, export, import and diff org settings'
            cand thread-index 'Decode Outlook Thread-Index header values'
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
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --force 'Replace an existing state file'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;org'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Name, version, clock, cycle interval and counts'
            cand set-version 'Change the org version (settings defaults and applicability follow it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;org;show'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;org;set-version'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Settings that apply to this org''s version, with value, default, type and range'
            cand get 'One setting'
            cand set 'Change a setting (type and range checked)'
            cand reset 'Put settings back to their defaults'
            cand describe 'Everything the catalog knows about a setting, including each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file: every entry or none'
            cand diff 'Compare this org with an exported settings file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;settings;list'= {
            cand --area 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)'
            cand --filter 'Only names or descriptions containing TEXT (any case)'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --all 'Include settings that do not apply to this org''s version'
            cand --changed 'Only settings whose value differs from the default'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;get'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;set'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --dry-run 'Show what would change without changing it'
            cand --force 'Set it even when it does not apply to this org''s version'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;reset'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --dry-run 'Show what would change without changing it'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;describe'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;export'= {
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;import'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --dry-run 'Show what would change without changing it'
            cand --force 'Also set settings that do not apply to this org''s version'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;diff'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --exit-code 'Exit 1 when they differ'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;settings;help'= {
            cand list 'Settings that apply to this org''s version, with value, default, type and range'
            cand get 'One setting'
            cand set 'Change a setting (type and range checked)'
            cand reset 'Put settings back to their defaults'
            cand describe 'Everything the catalog knows about a setting, including each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file: every entry or none'
            cand diff 'Compare this org with an exported settings file'
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
        &'orgtrack;settings;help;describe'= {
        }
        &'orgtrack;settings;help;export'= {
        }
        &'orgtrack;settings;help;import'= {
        }
        &'orgtrack;settings;help;diff'= {
        }
        &'orgtrack;settings;help;help'= {
        }
        &'orgtrack;thread-index'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;thread-index;decode'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;thread-index;help'= {
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;thread-index;help;decode'= {
        }
        &'orgtrack;thread-index;help;help'= {
        }
        &'orgtrack;completions'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;man'= {
            cand --state 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]'
            cand --format 'Output format'
            cand --color 'Colour in tables and messages (NO_COLOR is honoured under auto)'
            cand --json 'Same as --format json'
            cand -q 'Print data only: no notes or progress on stderr'
            cand --quiet 'Print data only: no notes or progress on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orgtrack;help'= {
            cand init 'Create a new state file holding an empty org'
            cand org 'Show or change the org itself'
            cand settings 'List, get, set, reset, describe, export, import and diff org settings'
            cand thread-index 'Decode Outlook Thread-Index header values'
            cand completions 'Print a shell completion script'
            cand man 'Print the manual page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgtrack;help;init'= {
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
            cand reset 'Put settings back to their defaults'
            cand describe 'Everything the catalog knows about a setting, including each version range'
            cand export 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
            cand import 'Apply a TOML, JSON or XML settings file: every entry or none'
            cand diff 'Compare this org with an exported settings file'
        }
        &'orgtrack;help;settings;list'= {
        }
        &'orgtrack;help;settings;get'= {
        }
        &'orgtrack;help;settings;set'= {
        }
        &'orgtrack;help;settings;reset'= {
        }
        &'orgtrack;help;settings;describe'= {
        }
        &'orgtrack;help;settings;export'= {
        }
        &'orgtrack;help;settings;import'= {
        }
        &'orgtrack;help;settings;diff'= {
        }
        &'orgtrack;help;thread-index'= {
            cand decode 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
        }
        &'orgtrack;help;thread-index;decode'= {
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
