# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orgtrack_global_optspecs
    string join \n state= format= json wide columns= q/quiet color= env= ca-cert= h/help V/version
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
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -s V -l version -d 'Print version'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "init" -d 'Create a new state file holding an empty org'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "generate" -d 'Create a new state file holding a large synthetic org, ready for `sync`'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "org" -d 'Show or change the org itself'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "settings" -d 'List, get, set, reset, describe, export, import and diff org settings'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "token" -d 'Read tracking tokens in email subjects'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "user" -d 'Users, each with a mailbox'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "queue" -d 'Queues, each with an owner and a mailbox'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "record" -d 'Dynamics records that email resolves to and activities are regarding'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "record-rule" -d 'Automatic record creation and update rules of queues: email to cases, leads, ...'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "mailbox" -d 'Mailboxes: methods, approval, Test & Enable, enabled'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "delegate" -d 'Users allowed to act in a mailbox'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "folder" -d 'Exchange folders of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "inbox-rule" -d 'Outlook inbox rules: categorize or move mail as it arrives'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "alerts" -d 'Mailbox and org alerts'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "mail" -d 'Exchange side: email received or sent'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "appointment" -d 'Exchange side: calendar appointments and recurring series'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "calendar" -d 'Exchange side: import calendars (.ics)'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "task" -d 'Exchange side: tasks'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "contact" -d 'Exchange side: contacts'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "item" -d 'Items in mailboxes: list, show, categorize, move, delete, track and untrack'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "category" -d 'A mailbox\'s master category list'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "activity" -d 'Dynamics 365 activities created by tracking'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "plugin" -d 'Customer plugins that make activity creation fail'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "sync" -d 'Run sync cycles (each advances the simulated clock by the cycle interval)'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "clock" -d 'The simulated clock'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "explain" -d 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "demo" -d 'Tell the story of category tracking on a throw-away org'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "thread-index" -d 'Decode Outlook Thread-Index header values'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "env" -d 'Named real environments for --env'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "auth" -d 'Sign in to real environments: named profiles whose tokens --env uses'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "serve" -d 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c orgtrack -n "__fish_orgtrack_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l org -d 'Organization name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l version -d 'Organization version (four numbers); decides which settings apply and their defaults' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l clock -d 'Start of the simulated clock [default: now, to the minute]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l force -d 'Replace an existing state file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l org -d 'Organization name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l version -d 'Organization version (four numbers); decides which settings apply and their defaults' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l clock -d 'Start of the simulated clock [default: now, to the minute]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l users -d 'Users, each with a mailbox' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l queues -d 'Queues, each with a mailbox (owned by the users in turn)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l emails-per-mailbox -d 'Emails in each mailbox, received over the 30 days before the clock' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l categorized -d 'Percent of the emails categorized `Tracked to Dynamics 365` and waiting for the next cycle' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l seed -d 'Seed of the generator: the same seed and sizes make the same org' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l force -d 'Replace an existing state file'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l threads -d 'Emails come in conversations of 1 to 6 messages replying to each other'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and not __fish_seen_subcommand_from show set-version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from set-version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "reset" -d 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "clear" -d 'Empty settings that may be null (Dataverse keeps no value for them)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "remove" -d 'Delete OrgDB settings from the orgdborgsettings blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "describe" -d 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "import" -d 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "diff" -d 'Compare this org with a settings file or another environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "history" -d 'Settings changes made to this org, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "undo" -d 'Revert the latest settings change, or every change back to a journal entry'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and not __fish_seen_subcommand_from list get set reset clear remove describe export import diff history undo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l area -d 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l filter -d 'Only names or descriptions containing TEXT (any case)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l all -d 'Include settings that do not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l changed -d 'Only settings whose value differs from the default'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l force -d 'Set it even when it does not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE instead of stdout' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l force -d 'Also set settings that do not apply to this org\'s version'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l prune -d 'Also put every setting the file does not name back to its default, in the same change'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l against -d 'An environment (name or URL) or a settings file to compare with' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l exit-code -d 'Exit 1 when they differ'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l setting -d 'Only this setting\'s changes' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l limit -d 'Only the last N entries' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l to -d 'Revert this entry and every later one' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l dry-run -d 'Show what would change without changing it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Empty settings that may be null (Dataverse keeps no value for them)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete OrgDB settings from the orgdborgsettings blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "import" -d 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare this org with a settings file or another environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "history" -d 'Settings changes made to this org, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Revert the latest settings change, or every change back to a journal entry'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -f -a "parse" -d 'Find the tracking token at the end of a subject and show its parts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -f -a "next" -d 'The token the user\'s next email sent from Dynamics 365 will carry (nothing is used up)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and not __fish_seen_subcommand_from parse next help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from parse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from next" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "parse" -d 'Find the tracking token at the end of a subject and show its parts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "next" -d 'The token the user\'s next email sent from Dynamics 365 will carry (nothing is used up)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -f -a "add" -d 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -f -a "list" -d 'Every user'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -f -a "show" -d 'One user, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -f -a "set" -d 'Rename a user (and so its mailbox) or change what it tracks'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and not __fish_seen_subcommand_from add list show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'The user\'s primary email address (unique across users and queues)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l track-email -d 'Which incoming email is tracked automatically' -r -f -a "all\t''
responses\t''
leads-contacts-accounts\t''
email-enabled\t''
none\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l name -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l track-email -r -f -a "all\t''
responses\t''
leads-contacts-accounts\t''
email-enabled\t''
none\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every user'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'One user, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Rename a user (and so its mailbox) or change what it tracks'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "add" -d 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "list" -d 'Every queue'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "show" -d 'One queue, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "set" -d 'Rename a queue (and so its mailbox), change its owner or what it converts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "items" -d 'The queue items of a queue: email tracked through it, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and not __fish_seen_subcommand_from add list show set items help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l email -d 'The queue\'s email address (unique across users and queues)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l owner -d 'The owning user: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l convert-email -d 'Which incoming email becomes activities (not none: a queue converts some)' -r -f -a "all\t''
responses\t''
leads-contacts-accounts\t''
email-enabled\t''
none\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l name -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l owner -d 'The new owning user: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l convert-email -r -f -a "all\t''
responses\t''
leads-contacts-accounts\t''
email-enabled\t''
none\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every queue'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "show" -d 'One queue, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "set" -d 'Rename a queue (and so its mailbox), change its owner or what it converts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "items" -d 'The queue items of a queue: email tracked through it, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "add" -d 'Add a record and print its id'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "list" -d 'Records, by kind and name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "show" -d 'One record, by id, name or email address'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "delete" -d 'Delete a record'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "resolve" -d 'Resolve a case (state resolved, resolved at the simulated clock)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and not __fish_seen_subcommand_from add list show delete resolve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l email -d 'The address email from or to it resolves to' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l owner -d 'The owning user: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l kind -d 'Only records of this kind' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a record and print its id'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "list" -d 'Records, by kind and name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "show" -d 'One record, by id, name or email address'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a record'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Resolve a case (state resolved, resolved at the simulated clock)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "add" -d 'Add a rule for a queue; it starts inactive: add its items, then activate it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "list" -d 'Every rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "show" -d 'One rule with its items, in the order they are evaluated'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "activate" -d 'Start applying the rule to email tracked through its queue (one active rule per queue)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "deactivate" -d 'Stop applying the rule (needed before changing or removing it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "remove" -d 'Delete an inactive rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "item" -d 'The rule\'s items: conditions on the email, evaluated in order; the first match fires'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and not __fish_seen_subcommand_from add list show activate deactivate remove item help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l queue -d 'The queue whose email it processes: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l create -d 'The kind of record its items create: case, lead, contact, account, opportunity, or an email-enabled custom table (prefix_name)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l owner -d 'Who owns the records it creates: id, email address or name [default: the queue\'s owner]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l wait-after-resolved -d 'After a record is resolved, replies stay on it for this long before a new record is created: 30m, 2h, 1d' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l allow-unknown-senders -d 'Also process email from senders that are no record, user or queue'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l create-contact-for-unknown-sender -d 'Create a contact for an unknown sender'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -f -a "add" -d 'Add an item after the rule\'s last one (the rule must be inactive)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -f -a "remove" -d 'Remove the item at this position; the ones after it move up (the rule must be inactive)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from item" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a rule for a queue; it starts inactive: add its items, then activate it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "show" -d 'One rule with its items, in the order they are evaluated'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Start applying the rule to email tracked through its queue (one active rule per queue)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Stop applying the rule (needed before changing or removing it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete an inactive rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "item" -d 'The rule\'s items: conditions on the email, evaluated in order; the first match fires'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand record-rule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "list" -d 'Every mailbox, with methods, approval and status'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "show" -d 'Every field of one mailbox, with its delegates, categories and folders'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "set" -d 'Change delivery methods; a changed direction must be tested again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "approve" -d 'Approve the email address of mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "test-enable" -d 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "disable" -d 'Stop sync cycles from processing mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "enable" -d 'Let sync cycles process mailboxes again (tested directions only)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "reset-after-copy" -d 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and not __fish_seen_subcommand_from list show set approve test-enable disable enable reset-after-copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l limit -d 'At most N mailboxes' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l after -d 'Only mailboxes listed after the mailbox with this id (paging: pass the last id seen; local state only)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l approval -d 'Only mailboxes whose address approval is this' -r -f -a "empty\t''
approved\t''
pending\t''
rejected\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l owner-kind -d 'Only mailboxes of users, or of queues' -r -f -a "user\t''
queue\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l incoming -d 'How incoming email is delivered' -r -f -a "none\t''
outlook\t''
server-side-sync\t''
forward\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l outgoing -d 'How outgoing email is sent (a forward mailbox sends none)' -r -f -a "none\t''
outlook\t''
server-side-sync\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l act -d 'How appointments, contacts and tasks are synchronized (a queue\'s: none)' -r -f -a "outlook\t''
server-side-sync\t''
none\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l process-email-after -d 'Only email received after this time is processed (the mailbox\'s watermark)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l all -d 'Every mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l approval -d 'Only mailboxes whose address approval is this' -r -f -a "empty\t''
approved\t''
pending\t''
rejected\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l owner-kind -d 'Only mailboxes of users, or of queues' -r -f -a "user\t''
queue\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l all -d 'Every mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l approval -d 'Only mailboxes whose address approval is this' -r -f -a "empty\t''
approved\t''
pending\t''
rejected\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l owner-kind -d 'Only mailboxes of users, or of queues' -r -f -a "user\t''
queue\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l wait -d 'With --env: wait (at most SECONDS, default 600) until the service has tested each mailbox, then print the results and the alerts raised meanwhile (locally the test is immediate)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l all -d 'Every mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from test-enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l approval -d 'Only mailboxes whose address approval is this' -r -f -a "empty\t''
approved\t''
pending\t''
rejected\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l owner-kind -d 'Only mailboxes of users, or of queues' -r -f -a "user\t''
queue\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l all -d 'Every mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l approval -d 'Only mailboxes whose address approval is this' -r -f -a "empty\t''
approved\t''
pending\t''
rejected\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l status -d 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status' -r -f -a "not-run\t''
success\t''
failure\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l owner-kind -d 'Only mailboxes of users, or of queues' -r -f -a "user\t''
queue\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l all -d 'Every mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l keep -d 'The mailboxes to keep synchronizing: ids, addresses or names, one a line (# comments)' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l dry-run -d 'Print what would be done to each mailbox; change nothing'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from reset-after-copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every mailbox, with methods, approval and status'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every field of one mailbox, with its delegates, categories and folders'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change delivery methods; a changed direction must be tested again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve the email address of mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "test-enable" -d 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop sync cycles from processing mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Let sync cycles process mailboxes again (tested directions only)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "reset-after-copy" -d 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mailbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Let a user act in a mailbox (again: change the permission)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'The delegates of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Take a user\'s delegation away'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l permission -r -f -a "reviewer\t''
author\t''
editor\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from help" -f -a "add" -d 'Let a user act in a mailbox (again: change the permission)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from help" -f -a "list" -d 'The delegates of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take a user\'s delegation away'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand delegate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "add" -d 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "rename" -d 'Rename a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "move" -d 'Move a folder under another one ("/" for the top of the mailbox)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "delete" -d 'Delete a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "list" -d 'The folder tree of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "track" -d 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "untrack" -d 'Delete a folder\'s tracking rule (mail tracked through it stays tracked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "rules" -d 'The folder tracking rules of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and not __fish_seen_subcommand_from add rename move delete list track untrack rules help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l recursive -d 'Also delete its subfolders'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l regarding -d 'Record the tracked mail is regarding: id or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from track" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from untrack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a folder under another one ("/" for the top of the mailbox)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "list" -d 'The folder tree of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "track" -d 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "untrack" -d 'Delete a folder\'s tracking rule (mail tracked through it stays tracked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "rules" -d 'The folder tracking rules of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand folder; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "add" -d 'Add a rule after the mailbox\'s last one; it runs on mail arriving in the Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "list" -d 'The mailbox\'s rules, in the order they run'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "remove" -d 'Delete a rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "enable" -d 'Turn a rule on again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "disable" -d 'Keep a rule but stop running it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and not __fish_seen_subcommand_from add list remove enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l from -d 'Condition: sent by this address, or by anyone in this domain (fabrikam.com)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l to -d 'Condition: this address, or anyone in this domain, is a To or Cc recipient' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l subject-contains -d 'Condition: the subject contains this text (any case)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l has-category -d 'Condition: the message carries this category (assigned by an earlier rule)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l assign-category -d 'Action: assign this category (repeatable); the tracking category tracks at the next cycle' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l remove-category -d 'Action: remove this category (repeatable)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l move-to -d 'Action: move the message to this folder (Inbox/Contoso); out of the Inbox, automatic tracking no longer sees it' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l stop -d 'Stop processing more rules when this one matches'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a rule after the mailbox\'s last one; it runs on mail arriving in the Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "list" -d 'The mailbox\'s rules, in the order they run'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn a rule on again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Keep a rule but stop running it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand inbox-rule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -f -a "list" -d 'Alerts, newest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -f -a "show" -d 'One alert'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -f -a "clear" -d 'Delete alerts and print how many'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and not __fish_seen_subcommand_from list show clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l mailbox -d 'Only alerts about this mailbox' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l level -r -f -a "information\t''
warning\t''
error\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l since -d 'Only alerts last raised at or after TIME' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l limit -d 'At most N alerts' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l after -d 'Only alerts listed after the alert with this id (paging: pass the last id seen; local state only)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l mailbox -d 'Only alerts about this mailbox' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l before -d 'Only alerts last raised before TIME' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "list" -d 'Alerts, newest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "show" -d 'One alert'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete alerts and print how many'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -f -a "receive" -d 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -f -a "send" -d 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient\'s Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -f -a "import" -d 'Import .eml files, folders of them (recursively) and mbox files'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and not __fish_seen_subcommand_from receive send import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l from -d 'Sender address' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l to -d 'Recipients (comma separated or repeated)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l cc -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l bcc -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l subject -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l body -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l message-id -d 'Message-ID (generated when not given)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l in-reply-to -d 'Message-ID of the email this one replies to' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l references -d 'Space-separated Message-IDs of the conversation so far' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l thread-index -d 'Outlook Thread-Index header (base64)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l date -d 'When it was sent [default: the simulated clock]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l from -d 'Sending mailbox: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l to -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l cc -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l subject -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l body -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l in-reply-to -d 'Message-ID of the email this one replies to' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l via-dynamics -d 'Sent from Dynamics 365: the outgoing email activity exists at once'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l mailbox -d 'Mailbox the messages land in: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l folder -d 'Folder of that mailbox [default: Inbox]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l deliver -d 'Route each message to every internal recipient\'s Inbox, as `mail receive` does'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l strict -d 'Import everything or nothing: one bad file imports none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient\'s Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import .eml files, folders of them (recursively) and mbox files'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Add an appointment (or, with --rrule, a recurring series) to a mailbox\'s calendar'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l mailbox -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l subject -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l start -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l end -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l organizer -d 'Organizer address [default: the mailbox\'s own]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l attendees -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l rrule -d 'iCalendar recurrence rule, e.g. FREQ=WEEKLY;COUNT=4' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an appointment (or, with --rrule, a recurring series) to a mailbox\'s calendar'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -f -a "import" -d 'Import iCalendar files: events become appointments, recurring ones series'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and not __fish_seen_subcommand_from import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l mailbox -d 'Mailbox whose calendar receives them' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l strict -d 'Import everything or nothing: one bad file imports none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import iCalendar files: events become appointments, recurring ones series'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Add a task to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l mailbox -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l subject -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l due -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l assign-to -d 'Assign the task to someone in Outlook (not synchronized to Dynamics 365)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l completed
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a task to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -f -a "add" -d 'Add a contact to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and not __fish_seen_subcommand_from add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l mailbox -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l name -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l email -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "list" -d 'Items, oldest first; streams, so it stays fast on large states'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "show" -d 'Every field of an item, with its tracking state'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "categorize" -d 'Assign a category (default: the tracking category); tracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "uncategorize" -d 'Remove a category (default: the tracking category); untracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "move" -d 'Move an item to another folder of its mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "delete" -d 'Delete an item in Outlook; the deletion rules apply at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "track" -d 'App for Outlook: track now (and assign the tracking category now)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "untrack" -d 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and not __fish_seen_subcommand_from list show categorize uncategorize move delete track untrack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l mailbox -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l folder -d 'Folder path (needs --mailbox)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l kind -r -f -a "email\t''
appointment\t''
task\t''
contact\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l tracking -d 'Only items in this tracking state (`--state` is the global state file option)' -r -f -a "untracked\t''
pending\t'Marked for tracking; the next cycle promotes it'
tracked\t''
failed\t'The last attempt failed with a retryable error; the next cycle tries again'
undeliverable\t'Every retry failed: `Tracked to Dynamics 365 (Undeliverable)`, never retried again'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l limit -d 'At most N items' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l after -d 'Only items with an id greater than ID (paging: pass the last id seen)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l category -d 'Category name [default: the tracking category, whatever it is called now]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l as -d 'Act as this user (a delegate with Editor permission on the mailbox)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l thread -d 'Every email of each item\'s conversation in its mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from categorize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l category -d 'Category name [default: the tracking category, whatever it is called now]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l as -d 'Act as this user (a delegate with Editor permission on the mailbox)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l thread -d 'Every email of each item\'s conversation in its mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from uncategorize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l regarding -d 'Record the activity is regarding: id or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from track" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l delete-activity -d 'Also delete the activity (or, for a contact, the record) where the rules allow it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from untrack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "list" -d 'Items, oldest first; streams, so it stays fast on large states'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every field of an item, with its tracking state'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "categorize" -d 'Assign a category (default: the tracking category); tracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "uncategorize" -d 'Remove a category (default: the tracking category); untracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move an item to another folder of its mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an item in Outlook; the deletion rules apply at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "track" -d 'App for Outlook: track now (and assign the tracking category now)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "untrack" -d 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -f -a "list" -d 'The master category list of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -f -a "rename" -d 'Rename a category; tracking follows the category, not its name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -f -a "delete" -d 'Delete a category from the master list'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and not __fish_seen_subcommand_from list rename delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "list" -d 'The master category list of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a category; tracking follows the category, not its name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a category from the master list'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "list" -d 'Activities, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "show" -d 'Every field of an activity, with its parties'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "delete" -d 'Delete an activity; Outlook follows at the next cycle where the rules say so'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "set-regarding" -d 'Set (or clear, without REF) the record an activity is regarding; a folder rule\'s regarding is applied again at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "set-state" -d 'Mark an activity open, completed or canceled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and not __fish_seen_subcommand_from list show delete set-regarding set-state help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l kind -r -f -a "email\t''
appointment\t''
recurring-appointment\t''
task\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l regarding -d 'Record: id or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l owner -d 'User: id, email address or name' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l limit -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l after -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-regarding" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from set-state" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "list" -d 'Activities, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every field of an activity, with its parties'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an activity; Outlook follows at the next cycle where the rules say so'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "set-regarding" -d 'Set (or clear, without REF) the record an activity is regarding; a folder rule\'s regarding is applied again at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "set-state" -d 'Mark an activity open, completed or canceled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Register a plugin that fails activity creation (always, or the first N times)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -f -a "list"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -f -a "remove"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l on -d 'Only for this activity kind' -r -f -a "email\t''
appointment\t''
recurring-appointment\t''
task\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l subject-contains -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l error -r -f -a "plugin\t''
timeout\t''
invalid-sender\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l times -d 'Fail only the first N times' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a plugin that fails activity creation (always, or the first N times)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "list"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "remove"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l cycles -d 'Number of cycles to run [default: 1]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l until -d 'Run cycles until the clock reaches TIME' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'The simulated time, the cycle interval and the cycles run so far'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "show" -d 'The simulated time, the cycle interval and the cycles run so far'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l keep -d 'Keep the demo org in this new state file (it must not exist)' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and not __fish_seen_subcommand_from decode help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand thread-index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Name an environment URL, for `--env NAME`'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'The named environments'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Forget a named environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l force -d 'Replace an environment of the same name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "add" -d 'Name an environment URL, for `--env NAME`'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "list" -d 'The named environments'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forget a named environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "login" -d 'Sign in to an environment and keep the tokens as a named profile'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "list" -d 'The sign-in profiles (never their tokens)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "select" -d 'Make a profile the one used when --env names none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "who" -d 'Who the selected profile (or --env\'s) is signed in as, where, and until when'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "logout" -d 'Forget a profile\'s tokens, or every profile\'s'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and not __fish_seen_subcommand_from login list select who logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l certificate -d 'Sign in as an app registration with its certificate: a PEM file holding the certificate and its RSA private key (PFX is not read)' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l cloud -d 'The cloud: its identity platform and environment domains [default: the environment\'s, else public]' -r -f -a "public\t'Commercial (login.microsoftonline.com; *.crmN.dynamics.com)'
usgov\t'US Government Community Cloud, GCC (login.microsoftonline.com; *.crm9.dynamics.com)'
usgovhigh\t'GCC High (login.microsoftonline.us; *.crm.microsoftdynamics.us)'
usgovdod\t'Department of Defense (login.microsoftonline.us; *.crm.appsplatform.us)'
china\t'China, operated by 21Vianet (login.chinacloudapi.cn; *.crm.dynamics.cn)'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l tenant -d 'Directory (tenant) id or domain [default: organizations for users; required for apps]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-id -d 'Application (client) id [default for users: the Dataverse sample public client]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l device-code -d 'Sign in as a user with a code entered in a browser (the default)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-secret -d 'Sign in as an app registration; the secret comes from ORGTRACK_CLIENT_SECRET or, when that is unset, from standard input (never from an argument)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l azure-cli -d 'Use the Azure CLI\'s sign-in (`az login`): tokens from `az account get-access-token`'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l managed-identity -d 'Sign in as this Azure machine\'s managed identity (--client-id: a user-assigned one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l all
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in to an environment and keep the tokens as a named profile'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "list" -d 'The sign-in profiles (never their tokens)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "select" -d 'Make a profile the one used when --env names none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "who" -d 'Who the selected profile (or --env\'s) is signed in as, where, and until when'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget a profile\'s tokens, or every profile\'s'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l listen -d 'Address and port to listen on (port 0 picks a free one; the address is printed)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l token-file -d 'File holding the bearer token clients must send [default: a random token, printed on stderr]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l tls-cert -d 'PEM certificate chain: serve HTTPS (with --tls-key)' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l tls-key -d 'PEM private key of --tls-cert' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l public-url -d 'The URL clients use to reach this server, for the links it gives (@odata.nextLink, @odata.context) [default: the listening address]' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l max-page-size -d 'Most rows in one page of a collection; more come through @odata.nextLink' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l test-delay -d 'Seconds after which a scheduled Test & Enable (a PATCH setting testemailconfigurationscheduled) is carried out' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l throttle -d 'Answer 429 with Retry-After beyond N requests a second (service protection limits)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l allow-clear-text -d 'Serve plain HTTP on an address other machines reach (tokens then cross the network in clear)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l refuse-approval -d 'Play a caller without the right to approve email addresses: a PATCH approving a mailbox is accepted and leaves its approval as it was'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l state -d 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'Comma-separated values (RFC 4180) with a header row of field names, for spreadsheets'"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l columns -d 'Table and CSV columns: these fields, in this order (any field of the JSON rows)' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l color -d 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l env -d 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET' -r
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l ca-cert -d 'Also trust the CA certificates in this PEM file for --env' -r -F
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l json -d 'Same as --format json'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -l wide -d 'Tables: show every column at full width, whatever the terminal\'s width'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -s q -l quiet -d 'Print data only: no notes or progress on stderr'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "init" -d 'Create a new state file holding an empty org'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "generate" -d 'Create a new state file holding a large synthetic org, ready for `sync`'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "org" -d 'Show or change the org itself'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "settings" -d 'List, get, set, reset, describe, export, import and diff org settings'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "token" -d 'Read tracking tokens in email subjects'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "user" -d 'Users, each with a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "queue" -d 'Queues, each with an owner and a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "record" -d 'Dynamics records that email resolves to and activities are regarding'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "record-rule" -d 'Automatic record creation and update rules of queues: email to cases, leads, ...'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "mailbox" -d 'Mailboxes: methods, approval, Test & Enable, enabled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "delegate" -d 'Users allowed to act in a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "folder" -d 'Exchange folders of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "inbox-rule" -d 'Outlook inbox rules: categorize or move mail as it arrives'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "alerts" -d 'Mailbox and org alerts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "mail" -d 'Exchange side: email received or sent'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "appointment" -d 'Exchange side: calendar appointments and recurring series'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "calendar" -d 'Exchange side: import calendars (.ics)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "task" -d 'Exchange side: tasks'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "contact" -d 'Exchange side: contacts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "item" -d 'Items in mailboxes: list, show, categorize, move, delete, track and untrack'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "category" -d 'A mailbox\'s master category list'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "activity" -d 'Dynamics 365 activities created by tracking'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "plugin" -d 'Customer plugins that make activity creation fail'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "sync" -d 'Run sync cycles (each advances the simulated clock by the cycle interval)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "clock" -d 'The simulated clock'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "explain" -d 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "demo" -d 'Tell the story of category tracking on a throw-away org'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "thread-index" -d 'Decode Outlook Thread-Index header values'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "env" -d 'Named real environments for --env'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "auth" -d 'Sign in to real environments: named profiles whose tokens --env uses'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "serve" -d 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "man" -d 'Print the manual page (roff)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and not __fish_seen_subcommand_from init generate org settings token user queue record record-rule mailbox delegate folder inbox-rule alerts mail appointment calendar task contact item category activity plugin sync clock explain demo thread-index env auth serve completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Name, version, clock, cycle interval and counts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set-version" -d 'Change the org version (settings defaults and applicability follow it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'Settings that apply to this org\'s version, with value, default, type and range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "get" -d 'One setting'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting (type and range checked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "reset" -d 'Put settings back to their defaults (an OrgDB setting is written with its default value)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "clear" -d 'Empty settings that may be null (Dataverse keeps no value for them)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "remove" -d 'Delete OrgDB settings from the orgdborgsettings blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "describe" -d 'Everything the catalog knows about a setting: where it is stored, its source, each version range'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "export" -d 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "import" -d 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "diff" -d 'Compare this org with a settings file or another environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "history" -d 'Settings changes made to this org, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "undo" -d 'Revert the latest settings change, or every change back to a journal entry'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "parse" -d 'Find the tracking token at the end of a subject and show its parts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "next" -d 'The token the user\'s next email sent from Dynamics 365 will carry (nothing is used up)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user; its mailbox is created with it (approval pending, not yet tested)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'Every user'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'One user, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Rename a user (and so its mailbox) or change what it tracks'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "add" -d 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "list" -d 'Every queue'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "show" -d 'One queue, by id, email address or name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "set" -d 'Rename a queue (and so its mailbox), change its owner or what it converts'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "items" -d 'The queue items of a queue: email tracked through it, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "add" -d 'Add a record and print its id'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "list" -d 'Records, by kind and name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "show" -d 'One record, by id, name or email address'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "delete" -d 'Delete a record'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "resolve" -d 'Resolve a case (state resolved, resolved at the simulated clock)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "add" -d 'Add a rule for a queue; it starts inactive: add its items, then activate it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "list" -d 'Every rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "show" -d 'One rule with its items, in the order they are evaluated'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "activate" -d 'Start applying the rule to email tracked through its queue (one active rule per queue)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "deactivate" -d 'Stop applying the rule (needed before changing or removing it)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "remove" -d 'Delete an inactive rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from record-rule" -f -a "item" -d 'The rule\'s items: conditions on the email, evaluated in order; the first match fires'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "list" -d 'Every mailbox, with methods, approval and status'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "show" -d 'Every field of one mailbox, with its delegates, categories and folders'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "set" -d 'Change delivery methods; a changed direction must be tested again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "approve" -d 'Approve the email address of mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "test-enable" -d 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "disable" -d 'Stop sync cycles from processing mailboxes'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "enable" -d 'Let sync cycles process mailboxes again (tested directions only)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mailbox" -f -a "reset-after-copy" -d 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from delegate" -f -a "add" -d 'Let a user act in a mailbox (again: change the permission)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from delegate" -f -a "list" -d 'The delegates of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from delegate" -f -a "remove" -d 'Take a user\'s delegation away'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "add" -d 'Add one folder; its parent must exist (PATH like Inbox/Contoso)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "rename" -d 'Rename a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "move" -d 'Move a folder under another one ("/" for the top of the mailbox)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "delete" -d 'Delete a folder (not a well-known one)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "list" -d 'The folder tree of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "track" -d 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "untrack" -d 'Delete a folder\'s tracking rule (mail tracked through it stays tracked)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from folder" -f -a "rules" -d 'The folder tracking rules of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from inbox-rule" -f -a "add" -d 'Add a rule after the mailbox\'s last one; it runs on mail arriving in the Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from inbox-rule" -f -a "list" -d 'The mailbox\'s rules, in the order they run'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from inbox-rule" -f -a "remove" -d 'Delete a rule'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from inbox-rule" -f -a "enable" -d 'Turn a rule on again'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from inbox-rule" -f -a "disable" -d 'Keep a rule but stop running it'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'Alerts, newest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "show" -d 'One alert'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "clear" -d 'Delete alerts and print how many'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "receive" -d 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "send" -d 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient\'s Inbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "import" -d 'Import .eml files, folders of them (recursively) and mbox files'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "add" -d 'Add an appointment (or, with --rrule, a recurring series) to a mailbox\'s calendar'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "import" -d 'Import iCalendar files: events become appointments, recurring ones series'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Add a task to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact to a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "list" -d 'Items, oldest first; streams, so it stays fast on large states'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "show" -d 'Every field of an item, with its tracking state'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "categorize" -d 'Assign a category (default: the tracking category); tracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "uncategorize" -d 'Remove a category (default: the tracking category); untracked at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "move" -d 'Move an item to another folder of its mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "delete" -d 'Delete an item in Outlook; the deletion rules apply at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "track" -d 'App for Outlook: track now (and assign the tracking category now)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "untrack" -d 'App for Outlook: untrack now; the activity is kept unless --delete-activity'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "list" -d 'The master category list of a mailbox'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "rename" -d 'Rename a category; tracking follows the category, not its name'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "delete" -d 'Delete a category from the master list'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "list" -d 'Activities, oldest first'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "show" -d 'Every field of an activity, with its parties'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "delete" -d 'Delete an activity; Outlook follows at the next cycle where the rules say so'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "set-regarding" -d 'Set (or clear, without REF) the record an activity is regarding; a folder rule\'s regarding is applied again at the next cycle'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "set-state" -d 'Mark an activity open, completed or canceled'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "add" -d 'Register a plugin that fails activity creation (always, or the first N times)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "list"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "remove"
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "show" -d 'The simulated time, the cycle interval and the cycles run so far'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from thread-index" -f -a "decode" -d 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "add" -d 'Name an environment URL, for `--env NAME`'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "list" -d 'The named environments'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "remove" -d 'Forget a named environment'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Sign in to an environment and keep the tokens as a named profile'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "list" -d 'The sign-in profiles (never their tokens)'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "select" -d 'Make a profile the one used when --env names none'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "who" -d 'Who the selected profile (or --env\'s) is signed in as, where, and until when'
complete -c orgtrack -n "__fish_orgtrack_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget a profile\'s tokens, or every profile\'s'
