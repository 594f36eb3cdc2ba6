# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orgtrack_global_optspecs
    string join \n state= format= json q/quiet color= h/help V/version
end

function __fish_orgtrack_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_orgtrack_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_orgtrack_using_subcommand
    set -l cmd (__fish_orgtrack_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c orgtrack -n "__fish_orgtrack_needs_command" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s V -l version -d 'Print version'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "init" -d 'Create a new state file holding an empty org'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "org" -d 'Show or change the org itself'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "settings" -d 'List, get, set, reset, describe, export, import and diff org settings'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "thread-index" -d 'Decode Outlook Thread-Index header values'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l org -d 'Organization name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l version -d 'Organization version (four numbers); decides which settings apply and their defaults' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l clock -d 'Start of the simulated clock [default: now, to the minute]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l force -d 'Replace an existing state file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "reset" -d 'Put settings back to their defaults'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "describe" -d 'Everything the catalog knows about a setting, including each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "import" -d 'Apply a TOML, JSON or XML settings file: every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "diff" -d 'Compare this org with an exported settings file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset describe export import diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l area -d 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l filter -d 'Only names or descriptions containing TEXT (any case)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l all -d 'Include settings that do not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l changed -d 'Only settings whose value differs from the default'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l force -d 'Set it even when it does not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE instead of stdout' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l force -d 'Also set settings that do not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l exit-code -d 'Exit 1 when they differ'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Put settings back to their defaults'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Everything the catalog knows about a setting, including each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "import" -d 'Apply a TOML, JSON or XML settings file: every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare this org with an exported settings file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l color -d 'Colour in tables and messages (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -s h -l help -d 'Print help'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "init" -d 'Create a new state file holding an empty org'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "org" -d 'Show or change the org itself'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "settings" -d 'List, get, set, reset, describe, export, import and diff org settings'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "thread-index" -d 'Decode Outlook Thread-Index header values'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "man" -d 'Print the manual page (roff)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init org settings thread-index completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "reset" -d 'Put settings back to their defaults'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "describe" -d 'Everything the catalog knows about a setting, including each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "import" -d 'Apply a TOML, JSON or XML settings file: every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "diff" -d 'Compare this org with an exported settings file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from thread-index" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
