
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orgtrack' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orgtrack'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orgtrack' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new state file holding an empty org')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create a new state file holding a large synthetic org, ready for `sync`')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or change the org itself')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'List, get, set, reset, describe, export, import and diff org settings')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Read tracking tokens in email subjects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users, each with a mailbox')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Queues, each with an owner and a mailbox')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Dynamics records that email resolves to and activities are regarding')
            [CompletionResult]::new('record-rule', 'record-rule', [CompletionResultType]::ParameterValue, 'Automatic record creation and update rules of queues: email to cases, leads, ...')
            [CompletionResult]::new('mailbox', 'mailbox', [CompletionResultType]::ParameterValue, 'Mailboxes: methods, approval, Test & Enable, enabled')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Users allowed to act in a mailbox')
            [CompletionResult]::new('folder', 'folder', [CompletionResultType]::ParameterValue, 'Exchange folders of a mailbox')
            [CompletionResult]::new('inbox-rule', 'inbox-rule', [CompletionResultType]::ParameterValue, 'Outlook inbox rules: categorize or move mail as it arrives')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Mailbox and org alerts')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Exchange side: email received or sent')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'Exchange side: calendar appointments and recurring series')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Exchange side: import calendars (.ics)')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Exchange side: tasks')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Exchange side: contacts')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Items in mailboxes: list, show, categorize, move, delete, track and untrack')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A mailbox''s master category list')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Dynamics 365 activities created by tracking')
            [CompletionResult]::new('plugin', 'plugin', [CompletionResultType]::ParameterValue, 'Customer plugins that make activity creation fail')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Run sync cycles (each advances the simulated clock by the cycle interval)')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'The simulated clock')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Tell the story of category tracking on a throw-away org')
            [CompletionResult]::new('thread-index', 'thread-index', [CompletionResultType]::ParameterValue, 'Decode Outlook Thread-Index header values')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Named real environments for --env')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in to real environments: named profiles whose tokens --env uses')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;init' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Organization version (four numbers); decides which settings apply and their defaults')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Start of the simulated clock [default: now, to the minute]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing state file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;generate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Organization version (four numbers); decides which settings apply and their defaults')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Start of the simulated clock [default: now, to the minute]')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Users, each with a mailbox')
            [CompletionResult]::new('--queues', '--queues', [CompletionResultType]::ParameterName, 'Queues, each with a mailbox (owned by the users in turn)')
            [CompletionResult]::new('--emails-per-mailbox', '--emails-per-mailbox', [CompletionResultType]::ParameterName, 'Emails in each mailbox, received over the 30 days before the clock')
            [CompletionResult]::new('--categorized', '--categorized', [CompletionResultType]::ParameterName, 'Percent of the emails categorized `Tracked to Dynamics 365` and waiting for the next cycle')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generator: the same seed and sizes make the same org')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing state file')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Emails come in conversations of 1 to 6 messages replying to each other')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;org' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;org;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;org;set-version' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;org;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;org;help;show' {
            break
        }
        'orgtrack;org;help;set-version' {
            break
        }
        'orgtrack;org;help;help' {
            break
        }
        'orgtrack;settings' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults (an OrgDB setting is written with its default value)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Empty settings that may be null (Dataverse keeps no value for them)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete OrgDB settings from the orgdborgsettings blob')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting: where it is stored, its source, each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with a settings file or another environment')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Settings changes made to this org, oldest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the latest settings change, or every change back to a journal entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;settings;list' {
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only names or descriptions containing TEXT (any case)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include settings that do not apply to this org''s version')
            [CompletionResult]::new('--changed', '--changed', [CompletionResultType]::ParameterName, 'Only settings whose value differs from the default')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;get' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;set' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Set it even when it does not apply to this org''s version')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;clear' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;describe' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;import' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also set settings that do not apply to this org''s version')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also put every setting the file does not name back to its default, in the same change')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;diff' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'An environment (name or URL) or a settings file to compare with')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when they differ')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;history' {
            [CompletionResult]::new('--setting', '--setting', [CompletionResultType]::ParameterName, 'Only this setting''s changes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the last N entries')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;undo' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Revert this entry and every later one')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults (an OrgDB setting is written with its default value)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Empty settings that may be null (Dataverse keeps no value for them)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete OrgDB settings from the orgdborgsettings blob')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting: where it is stored, its source, each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with a settings file or another environment')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Settings changes made to this org, oldest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the latest settings change, or every change back to a journal entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;settings;help;list' {
            break
        }
        'orgtrack;settings;help;get' {
            break
        }
        'orgtrack;settings;help;set' {
            break
        }
        'orgtrack;settings;help;reset' {
            break
        }
        'orgtrack;settings;help;clear' {
            break
        }
        'orgtrack;settings;help;remove' {
            break
        }
        'orgtrack;settings;help;describe' {
            break
        }
        'orgtrack;settings;help;export' {
            break
        }
        'orgtrack;settings;help;import' {
            break
        }
        'orgtrack;settings;help;diff' {
            break
        }
        'orgtrack;settings;help;history' {
            break
        }
        'orgtrack;settings;help;undo' {
            break
        }
        'orgtrack;settings;help;help' {
            break
        }
        'orgtrack;token' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;token;parse' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;token;next' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;token;help' {
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;token;help;parse' {
            break
        }
        'orgtrack;token;help;next' {
            break
        }
        'orgtrack;token;help;help' {
            break
        }
        'orgtrack;user' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s primary email address (unique across users and queues)')
            [CompletionResult]::new('--track-email', '--track-email', [CompletionResultType]::ParameterName, 'Which incoming email is tracked automatically')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;user;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;user;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;user;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--track-email', '--track-email', [CompletionResultType]::ParameterName, 'track-email')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;user;help;add' {
            break
        }
        'orgtrack;user;help;list' {
            break
        }
        'orgtrack;user;help;show' {
            break
        }
        'orgtrack;user;help;set' {
            break
        }
        'orgtrack;user;help;help' {
            break
        }
        'orgtrack;queue' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'The queue items of a queue: email tracked through it, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;queue;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The queue''s email address (unique across users and queues)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning user: id, email address or name')
            [CompletionResult]::new('--convert-email', '--convert-email', [CompletionResultType]::ParameterName, 'Which incoming email becomes activities (not none: a queue converts some)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;queue;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;queue;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;queue;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The new owning user: id, email address or name')
            [CompletionResult]::new('--convert-email', '--convert-email', [CompletionResultType]::ParameterName, 'convert-email')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;queue;items' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;queue;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'The queue items of a queue: email tracked through it, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;queue;help;add' {
            break
        }
        'orgtrack;queue;help;list' {
            break
        }
        'orgtrack;queue;help;show' {
            break
        }
        'orgtrack;queue;help;set' {
            break
        }
        'orgtrack;queue;help;items' {
            break
        }
        'orgtrack;queue;help;help' {
            break
        }
        'orgtrack;record' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a case (state resolved, resolved at the simulated clock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The address email from or to it resolves to')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning user: id, email address or name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only records of this kind')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record;resolve' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a case (state resolved, resolved at the simulated clock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record;help;add' {
            break
        }
        'orgtrack;record;help;list' {
            break
        }
        'orgtrack;record;help;show' {
            break
        }
        'orgtrack;record;help;delete' {
            break
        }
        'orgtrack;record;help;resolve' {
            break
        }
        'orgtrack;record;help;help' {
            break
        }
        'orgtrack;record-rule' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule for a queue; it starts inactive: add its items, then activate it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One rule with its items, in the order they are evaluated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start applying the rule to email tracked through its queue (one active rule per queue)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop applying the rule (needed before changing or removing it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an inactive rule')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The rule''s items: conditions on the email, evaluated in order; the first match fires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record-rule;add' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'The queue whose email it processes: id, email address or name')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'The kind of record its items create: case, lead, contact, account, opportunity, or an email-enabled custom table (prefix_name)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns the records it creates: id, email address or name [default: the queue''s owner]')
            [CompletionResult]::new('--wait-after-resolved', '--wait-after-resolved', [CompletionResultType]::ParameterName, 'After a record is resolved, replies stay on it for this long before a new record is created: 30m, 2h, 1d')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--allow-unknown-senders', '--allow-unknown-senders', [CompletionResultType]::ParameterName, 'Also process email from senders that are no record, user or queue')
            [CompletionResult]::new('--create-contact-for-unknown-sender', '--create-contact-for-unknown-sender', [CompletionResultType]::ParameterName, 'Create a contact for an unknown sender')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;activate' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;deactivate' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;item' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item after the rule''s last one (the rule must be inactive)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the item at this position; the ones after it move up (the rule must be inactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record-rule;item;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The item''s name [default: Item N]')
            [CompletionResult]::new('--subject-contains', '--subject-contains', [CompletionResultType]::ParameterName, 'Condition: the email''s subject contains this text (any case)')
            [CompletionResult]::new('--from-domain', '--from-domain', [CompletionResultType]::ParameterName, 'Condition: the sender''s address is in this domain')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'The priority of the record it creates')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;item;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;record-rule;item;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item after the rule''s last one (the rule must be inactive)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the item at this position; the ones after it move up (the rule must be inactive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record-rule;item;help;add' {
            break
        }
        'orgtrack;record-rule;item;help;remove' {
            break
        }
        'orgtrack;record-rule;item;help;help' {
            break
        }
        'orgtrack;record-rule;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule for a queue; it starts inactive: add its items, then activate it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One rule with its items, in the order they are evaluated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start applying the rule to email tracked through its queue (one active rule per queue)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop applying the rule (needed before changing or removing it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an inactive rule')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The rule''s items: conditions on the email, evaluated in order; the first match fires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record-rule;help;add' {
            break
        }
        'orgtrack;record-rule;help;list' {
            break
        }
        'orgtrack;record-rule;help;show' {
            break
        }
        'orgtrack;record-rule;help;activate' {
            break
        }
        'orgtrack;record-rule;help;deactivate' {
            break
        }
        'orgtrack;record-rule;help;remove' {
            break
        }
        'orgtrack;record-rule;help;item' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item after the rule''s last one (the rule must be inactive)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the item at this position; the ones after it move up (the rule must be inactive)')
            break
        }
        'orgtrack;record-rule;help;item;add' {
            break
        }
        'orgtrack;record-rule;help;item;remove' {
            break
        }
        'orgtrack;record-rule;help;help' {
            break
        }
        'orgtrack;mailbox' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            [CompletionResult]::new('reset-after-copy', 'reset-after-copy', [CompletionResultType]::ParameterValue, 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mailbox;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N mailboxes')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only mailboxes listed after the mailbox with this id (paging: pass the last id seen; local state only)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;set' {
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'Only mailboxes whose address approval is this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--owner-kind', '--owner-kind', [CompletionResultType]::ParameterName, 'Only mailboxes of users, or of queues')
            [CompletionResult]::new('--incoming', '--incoming', [CompletionResultType]::ParameterName, 'How incoming email is delivered')
            [CompletionResult]::new('--outgoing', '--outgoing', [CompletionResultType]::ParameterName, 'How outgoing email is sent (a forward mailbox sends none)')
            [CompletionResult]::new('--act', '--act', [CompletionResultType]::ParameterName, 'How appointments, contacts and tasks are synchronized (a queue''s: none)')
            [CompletionResult]::new('--process-email-after', '--process-email-after', [CompletionResultType]::ParameterName, 'Only email received after this time is processed (the mailbox''s watermark)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;approve' {
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'Only mailboxes whose address approval is this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--owner-kind', '--owner-kind', [CompletionResultType]::ParameterName, 'Only mailboxes of users, or of queues')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;test-enable' {
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'Only mailboxes whose address approval is this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--owner-kind', '--owner-kind', [CompletionResultType]::ParameterName, 'Only mailboxes of users, or of queues')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'With --env: wait (at most SECONDS, default 600) until the service has tested each mailbox, then print the results and the alerts raised meanwhile (locally the test is immediate)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;disable' {
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'Only mailboxes whose address approval is this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--owner-kind', '--owner-kind', [CompletionResultType]::ParameterName, 'Only mailboxes of users, or of queues')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;enable' {
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'Only mailboxes whose address approval is this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--owner-kind', '--owner-kind', [CompletionResultType]::ParameterName, 'Only mailboxes of users, or of queues')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;reset-after-copy' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'The mailboxes to keep synchronizing: ids, addresses or names, one a line (# comments)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done to each mailbox; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mailbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            [CompletionResult]::new('reset-after-copy', 'reset-after-copy', [CompletionResultType]::ParameterValue, 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mailbox;help;list' {
            break
        }
        'orgtrack;mailbox;help;show' {
            break
        }
        'orgtrack;mailbox;help;set' {
            break
        }
        'orgtrack;mailbox;help;approve' {
            break
        }
        'orgtrack;mailbox;help;test-enable' {
            break
        }
        'orgtrack;mailbox;help;disable' {
            break
        }
        'orgtrack;mailbox;help;enable' {
            break
        }
        'orgtrack;mailbox;help;reset-after-copy' {
            break
        }
        'orgtrack;mailbox;help;help' {
            break
        }
        'orgtrack;delegate' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;delegate;add' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'permission')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;delegate;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;delegate;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;delegate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;delegate;help;add' {
            break
        }
        'orgtrack;delegate;help;list' {
            break
        }
        'orgtrack;delegate;help;remove' {
            break
        }
        'orgtrack;delegate;help;help' {
            break
        }
        'orgtrack;folder' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'Delete a folder''s tracking rule (mail tracked through it stays tracked)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The folder tracking rules of a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;folder;add' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;rename' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;move' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Also delete its subfolders')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;track' {
            [CompletionResult]::new('--regarding', '--regarding', [CompletionResultType]::ParameterName, 'Record the tracked mail is regarding: id or name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;untrack' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;rules' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;folder;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'Delete a folder''s tracking rule (mail tracked through it stays tracked)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The folder tracking rules of a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;folder;help;add' {
            break
        }
        'orgtrack;folder;help;rename' {
            break
        }
        'orgtrack;folder;help;move' {
            break
        }
        'orgtrack;folder;help;delete' {
            break
        }
        'orgtrack;folder;help;list' {
            break
        }
        'orgtrack;folder;help;track' {
            break
        }
        'orgtrack;folder;help;untrack' {
            break
        }
        'orgtrack;folder;help;rules' {
            break
        }
        'orgtrack;folder;help;help' {
            break
        }
        'orgtrack;inbox-rule' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The mailbox''s rules, in the order they run')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Keep a rule but stop running it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;inbox-rule;add' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Condition: sent by this address, or by anyone in this domain (fabrikam.com)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Condition: this address, or anyone in this domain, is a To or Cc recipient')
            [CompletionResult]::new('--subject-contains', '--subject-contains', [CompletionResultType]::ParameterName, 'Condition: the subject contains this text (any case)')
            [CompletionResult]::new('--has-category', '--has-category', [CompletionResultType]::ParameterName, 'Condition: the message carries this category (assigned by an earlier rule)')
            [CompletionResult]::new('--assign-category', '--assign-category', [CompletionResultType]::ParameterName, 'Action: assign this category (repeatable); the tracking category tracks at the next cycle')
            [CompletionResult]::new('--remove-category', '--remove-category', [CompletionResultType]::ParameterName, 'Action: remove this category (repeatable)')
            [CompletionResult]::new('--move-to', '--move-to', [CompletionResultType]::ParameterName, 'Action: move the message to this folder (Inbox/Contoso); out of the Inbox, automatic tracking no longer sees it')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--stop', '--stop', [CompletionResultType]::ParameterName, 'Stop processing more rules when this one matches')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;inbox-rule;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;inbox-rule;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;inbox-rule;enable' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;inbox-rule;disable' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;inbox-rule;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The mailbox''s rules, in the order they run')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Keep a rule but stop running it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;inbox-rule;help;add' {
            break
        }
        'orgtrack;inbox-rule;help;list' {
            break
        }
        'orgtrack;inbox-rule;help;remove' {
            break
        }
        'orgtrack;inbox-rule;help;enable' {
            break
        }
        'orgtrack;inbox-rule;help;disable' {
            break
        }
        'orgtrack;inbox-rule;help;help' {
            break
        }
        'orgtrack;alerts' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;alerts;list' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Only alerts about this mailbox')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'level')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only alerts last raised at or after TIME')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N alerts')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only alerts listed after the alert with this id (paging: pass the last id seen; local state only)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;alerts;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;alerts;clear' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Only alerts about this mailbox')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only alerts last raised before TIME')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;alerts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;alerts;help;list' {
            break
        }
        'orgtrack;alerts;help;show' {
            break
        }
        'orgtrack;alerts;help;clear' {
            break
        }
        'orgtrack;alerts;help;help' {
            break
        }
        'orgtrack;mail' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import .eml files, folders of them (recursively) and mbox files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mail;receive' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Recipients (comma separated or repeated)')
            [CompletionResult]::new('--cc', '--cc', [CompletionResultType]::ParameterName, 'cc')
            [CompletionResult]::new('--bcc', '--bcc', [CompletionResultType]::ParameterName, 'bcc')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'body')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'Message-ID (generated when not given)')
            [CompletionResult]::new('--in-reply-to', '--in-reply-to', [CompletionResultType]::ParameterName, 'Message-ID of the email this one replies to')
            [CompletionResult]::new('--references', '--references', [CompletionResultType]::ParameterName, 'Space-separated Message-IDs of the conversation so far')
            [CompletionResult]::new('--thread-index', '--thread-index', [CompletionResultType]::ParameterName, 'Outlook Thread-Index header (base64)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was sent [default: the simulated clock]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mail;send' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sending mailbox: id, email address or name')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--cc', '--cc', [CompletionResultType]::ParameterName, 'cc')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'body')
            [CompletionResult]::new('--in-reply-to', '--in-reply-to', [CompletionResultType]::ParameterName, 'Message-ID of the email this one replies to')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--via-dynamics', '--via-dynamics', [CompletionResultType]::ParameterName, 'Sent from Dynamics 365: the outgoing email activity exists at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mail;import' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox the messages land in: id, email address or name')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Folder of that mailbox [default: Inbox]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--deliver', '--deliver', [CompletionResultType]::ParameterName, 'Route each message to every internal recipient''s Inbox, as `mail receive` does')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Import everything or nothing: one bad file imports none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;mail;help' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import .eml files, folders of them (recursively) and mbox files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mail;help;receive' {
            break
        }
        'orgtrack;mail;help;send' {
            break
        }
        'orgtrack;mail;help;import' {
            break
        }
        'orgtrack;mail;help;help' {
            break
        }
        'orgtrack;appointment' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;appointment;add' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'mailbox')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'start')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'end')
            [CompletionResult]::new('--organizer', '--organizer', [CompletionResultType]::ParameterName, 'Organizer address [default: the mailbox''s own]')
            [CompletionResult]::new('--attendees', '--attendees', [CompletionResultType]::ParameterName, 'attendees')
            [CompletionResult]::new('--rrule', '--rrule', [CompletionResultType]::ParameterName, 'iCalendar recurrence rule, e.g. FREQ=WEEKLY;COUNT=4')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;appointment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;appointment;help;add' {
            break
        }
        'orgtrack;appointment;help;help' {
            break
        }
        'orgtrack;calendar' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import iCalendar files: events become appointments, recurring ones series')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;calendar;import' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox whose calendar receives them')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Import everything or nothing: one bad file imports none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;calendar;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import iCalendar files: events become appointments, recurring ones series')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;calendar;help;import' {
            break
        }
        'orgtrack;calendar;help;help' {
            break
        }
        'orgtrack;task' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task to a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;task;add' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'mailbox')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'due')
            [CompletionResult]::new('--assign-to', '--assign-to', [CompletionResultType]::ParameterName, 'Assign the task to someone in Outlook (not synchronized to Dynamics 365)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--completed', '--completed', [CompletionResultType]::ParameterName, 'completed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;task;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task to a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;task;help;add' {
            break
        }
        'orgtrack;task;help;help' {
            break
        }
        'orgtrack;contact' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact to a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;contact;add' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'mailbox')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact to a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;contact;help;add' {
            break
        }
        'orgtrack;contact;help;help' {
            break
        }
        'orgtrack;item' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Items, oldest first; streams, so it stays fast on large states')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an item, with its tracking state')
            [CompletionResult]::new('categorize', 'categorize', [CompletionResultType]::ParameterValue, 'Assign a category (default: the tracking category); tracked at the next cycle')
            [CompletionResult]::new('uncategorize', 'uncategorize', [CompletionResultType]::ParameterValue, 'Remove a category (default: the tracking category); untracked at the next cycle')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another folder of its mailbox')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an item in Outlook; the deletion rules apply at the next cycle')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'App for Outlook: track now (and assign the tracking category now)')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'App for Outlook: untrack now; the activity is kept unless --delete-activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;item;list' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'mailbox')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Folder path (needs --mailbox)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'Only items in this tracking state (`--state` is the global state file option)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N items')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only items with an id greater than ID (paging: pass the last id seen)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;categorize' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category name [default: the tracking category, whatever it is called now]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (a delegate with Editor permission on the mailbox)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Every email of each item''s conversation in its mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;uncategorize' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category name [default: the tracking category, whatever it is called now]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (a delegate with Editor permission on the mailbox)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Every email of each item''s conversation in its mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;move' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;track' {
            [CompletionResult]::new('--regarding', '--regarding', [CompletionResultType]::ParameterName, 'Record the activity is regarding: id or name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;untrack' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--delete-activity', '--delete-activity', [CompletionResultType]::ParameterName, 'Also delete the activity (or, for a contact, the record) where the rules allow it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;item;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Items, oldest first; streams, so it stays fast on large states')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an item, with its tracking state')
            [CompletionResult]::new('categorize', 'categorize', [CompletionResultType]::ParameterValue, 'Assign a category (default: the tracking category); tracked at the next cycle')
            [CompletionResult]::new('uncategorize', 'uncategorize', [CompletionResultType]::ParameterValue, 'Remove a category (default: the tracking category); untracked at the next cycle')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another folder of its mailbox')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an item in Outlook; the deletion rules apply at the next cycle')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'App for Outlook: track now (and assign the tracking category now)')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'App for Outlook: untrack now; the activity is kept unless --delete-activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;item;help;list' {
            break
        }
        'orgtrack;item;help;show' {
            break
        }
        'orgtrack;item;help;categorize' {
            break
        }
        'orgtrack;item;help;uncategorize' {
            break
        }
        'orgtrack;item;help;move' {
            break
        }
        'orgtrack;item;help;delete' {
            break
        }
        'orgtrack;item;help;track' {
            break
        }
        'orgtrack;item;help;untrack' {
            break
        }
        'orgtrack;item;help;help' {
            break
        }
        'orgtrack;category' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The master category list of a mailbox')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a category; tracking follows the category, not its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category from the master list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;category;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;category;rename' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;category;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;category;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The master category list of a mailbox')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a category; tracking follows the category, not its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category from the master list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;category;help;list' {
            break
        }
        'orgtrack;category;help;rename' {
            break
        }
        'orgtrack;category;help;delete' {
            break
        }
        'orgtrack;category;help;help' {
            break
        }
        'orgtrack;activity' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Activities, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an activity, with its parties')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity; Outlook follows at the next cycle where the rules say so')
            [CompletionResult]::new('set-regarding', 'set-regarding', [CompletionResultType]::ParameterValue, 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Mark an activity open, completed or canceled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;activity;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--regarding', '--regarding', [CompletionResultType]::ParameterName, 'Record: id or name')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'User: id, email address or name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'after')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;activity;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;activity;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;activity;set-regarding' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;activity;set-state' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;activity;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Activities, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an activity, with its parties')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity; Outlook follows at the next cycle where the rules say so')
            [CompletionResult]::new('set-regarding', 'set-regarding', [CompletionResultType]::ParameterValue, 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Mark an activity open, completed or canceled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;activity;help;list' {
            break
        }
        'orgtrack;activity;help;show' {
            break
        }
        'orgtrack;activity;help;delete' {
            break
        }
        'orgtrack;activity;help;set-regarding' {
            break
        }
        'orgtrack;activity;help;set-state' {
            break
        }
        'orgtrack;activity;help;help' {
            break
        }
        'orgtrack;plugin' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a plugin that fails activity creation (always, or the first N times)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;plugin;add' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Only for this activity kind')
            [CompletionResult]::new('--subject-contains', '--subject-contains', [CompletionResultType]::ParameterName, 'subject-contains')
            [CompletionResult]::new('--error', '--error', [CompletionResultType]::ParameterName, 'error')
            [CompletionResult]::new('--times', '--times', [CompletionResultType]::ParameterName, 'Fail only the first N times')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;plugin;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;plugin;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;plugin;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a plugin that fails activity creation (always, or the first N times)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;plugin;help;add' {
            break
        }
        'orgtrack;plugin;help;list' {
            break
        }
        'orgtrack;plugin;help;remove' {
            break
        }
        'orgtrack;plugin;help;help' {
            break
        }
        'orgtrack;sync' {
            [CompletionResult]::new('--cycles', '--cycles', [CompletionResultType]::ParameterName, 'Number of cycles to run [default: 1]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Run cycles until the clock reaches TIME')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;clock' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The simulated time, the cycle interval and the cycles run so far')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;clock;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The simulated time, the cycle interval and the cycles run so far')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;clock;help;show' {
            break
        }
        'orgtrack;clock;help;help' {
            break
        }
        'orgtrack;explain' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo org in this new state file (it must not exist)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;thread-index' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;thread-index;decode' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;thread-index;help' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;thread-index;help;decode' {
            break
        }
        'orgtrack;thread-index;help;help' {
            break
        }
        'orgtrack;env' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;env;add' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an environment of the same name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;env;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;env;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;env;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;env;help;add' {
            break
        }
        'orgtrack;env;help;list' {
            break
        }
        'orgtrack;env;help;remove' {
            break
        }
        'orgtrack;env;help;help' {
            break
        }
        'orgtrack;auth' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to an environment and keep the tokens as a named profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The sign-in profiles (never their tokens)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a profile the one used when --env names none')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who the selected profile (or --env''s) is signed in as, where, and until when')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget a profile''s tokens, or every profile''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;auth;login' {
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'Sign in as an app registration with its certificate: a PEM file holding the certificate and its RSA private key (PFX is not read)')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'The cloud: its identity platform and environment domains [default: the environment''s, else public]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) id or domain [default: organizations for users; required for apps]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) id [default for users: the Dataverse sample public client]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--device-code', '--device-code', [CompletionResultType]::ParameterName, 'Sign in as a user with a code entered in a browser (the default)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Sign in as an app registration; the secret comes from ORGTRACK_CLIENT_SECRET or, when that is unset, from standard input (never from an argument)')
            [CompletionResult]::new('--azure-cli', '--azure-cli', [CompletionResultType]::ParameterName, 'Use the Azure CLI''s sign-in (`az login`): tokens from `az account get-access-token`')
            [CompletionResult]::new('--managed-identity', '--managed-identity', [CompletionResultType]::ParameterName, 'Sign in as this Azure machine''s managed identity (--client-id: a user-assigned one)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;auth;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;auth;select' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;auth;who' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;auth;logout' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'all')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to an environment and keep the tokens as a named profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The sign-in profiles (never their tokens)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a profile the one used when --env names none')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who the selected profile (or --env''s) is signed in as, where, and until when')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget a profile''s tokens, or every profile''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;auth;help;login' {
            break
        }
        'orgtrack;auth;help;list' {
            break
        }
        'orgtrack;auth;help;select' {
            break
        }
        'orgtrack;auth;help;who' {
            break
        }
        'orgtrack;auth;help;logout' {
            break
        }
        'orgtrack;auth;help;help' {
            break
        }
        'orgtrack;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one; the address is printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the bearer token clients must send [default: a random token, printed on stderr]')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'PEM certificate chain: serve HTTPS (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'PEM private key of --tls-cert')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The URL clients use to reach this server, for the links it gives (@odata.nextLink, @odata.context) [default: the listening address]')
            [CompletionResult]::new('--max-page-size', '--max-page-size', [CompletionResultType]::ParameterName, 'Most rows in one page of a collection; more come through @odata.nextLink')
            [CompletionResult]::new('--test-delay', '--test-delay', [CompletionResultType]::ParameterName, 'Seconds after which a scheduled Test & Enable (a PATCH setting testemailconfigurationscheduled) is carried out')
            [CompletionResult]::new('--throttle', '--throttle', [CompletionResultType]::ParameterName, 'Answer 429 with Retry-After beyond N requests a second (service protection limits)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--allow-clear-text', '--allow-clear-text', [CompletionResultType]::ParameterName, 'Serve plain HTTP on an address other machines reach (tokens then cross the network in clear)')
            [CompletionResult]::new('--refuse-approval', '--refuse-approval', [CompletionResultType]::ParameterName, 'Play a caller without the right to approve email addresses: a PATCH approving a mailbox is accepted and leaves its approval as it was')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;completions' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;man' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table and CSV columns: these fields, in this order (any field of the JSON rows)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the error and warning prefixes on stderr (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: show every column at full width, whatever the terminal''s width')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new state file holding an empty org')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Create a new state file holding a large synthetic org, ready for `sync`')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or change the org itself')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'List, get, set, reset, describe, export, import and diff org settings')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Read tracking tokens in email subjects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users, each with a mailbox')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Queues, each with an owner and a mailbox')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Dynamics records that email resolves to and activities are regarding')
            [CompletionResult]::new('record-rule', 'record-rule', [CompletionResultType]::ParameterValue, 'Automatic record creation and update rules of queues: email to cases, leads, ...')
            [CompletionResult]::new('mailbox', 'mailbox', [CompletionResultType]::ParameterValue, 'Mailboxes: methods, approval, Test & Enable, enabled')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Users allowed to act in a mailbox')
            [CompletionResult]::new('folder', 'folder', [CompletionResultType]::ParameterValue, 'Exchange folders of a mailbox')
            [CompletionResult]::new('inbox-rule', 'inbox-rule', [CompletionResultType]::ParameterValue, 'Outlook inbox rules: categorize or move mail as it arrives')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Mailbox and org alerts')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Exchange side: email received or sent')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'Exchange side: calendar appointments and recurring series')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Exchange side: import calendars (.ics)')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Exchange side: tasks')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Exchange side: contacts')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Items in mailboxes: list, show, categorize, move, delete, track and untrack')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A mailbox''s master category list')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Dynamics 365 activities created by tracking')
            [CompletionResult]::new('plugin', 'plugin', [CompletionResultType]::ParameterValue, 'Customer plugins that make activity creation fail')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Run sync cycles (each advances the simulated clock by the cycle interval)')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'The simulated clock')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Why an item was or was not tracked: an item id (5 or item:5) or activity:ID')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Tell the story of category tracking on a throw-away org')
            [CompletionResult]::new('thread-index', 'thread-index', [CompletionResultType]::ParameterValue, 'Decode Outlook Thread-Index header values')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Named real environments for --env')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in to real environments: named profiles whose tokens --env uses')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;help;init' {
            break
        }
        'orgtrack;help;generate' {
            break
        }
        'orgtrack;help;org' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            break
        }
        'orgtrack;help;org;show' {
            break
        }
        'orgtrack;help;org;set-version' {
            break
        }
        'orgtrack;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults (an OrgDB setting is written with its default value)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Empty settings that may be null (Dataverse keeps no value for them)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete OrgDB settings from the orgdborgsettings blob')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting: where it is stored, its source, each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file (- reads standard input): every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with a settings file or another environment')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Settings changes made to this org, oldest first')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the latest settings change, or every change back to a journal entry')
            break
        }
        'orgtrack;help;settings;list' {
            break
        }
        'orgtrack;help;settings;get' {
            break
        }
        'orgtrack;help;settings;set' {
            break
        }
        'orgtrack;help;settings;reset' {
            break
        }
        'orgtrack;help;settings;clear' {
            break
        }
        'orgtrack;help;settings;remove' {
            break
        }
        'orgtrack;help;settings;describe' {
            break
        }
        'orgtrack;help;settings;export' {
            break
        }
        'orgtrack;help;settings;import' {
            break
        }
        'orgtrack;help;settings;diff' {
            break
        }
        'orgtrack;help;settings;history' {
            break
        }
        'orgtrack;help;settings;undo' {
            break
        }
        'orgtrack;help;token' {
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            [CompletionResult]::new('next', 'next', [CompletionResultType]::ParameterValue, 'The token the user''s next email sent from Dynamics 365 will carry (nothing is used up)')
            break
        }
        'orgtrack;help;token;parse' {
            break
        }
        'orgtrack;help;token;next' {
            break
        }
        'orgtrack;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            break
        }
        'orgtrack;help;user;add' {
            break
        }
        'orgtrack;help;user;list' {
            break
        }
        'orgtrack;help;user;show' {
            break
        }
        'orgtrack;help;user;set' {
            break
        }
        'orgtrack;help;queue' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'The queue items of a queue: email tracked through it, oldest first')
            break
        }
        'orgtrack;help;queue;add' {
            break
        }
        'orgtrack;help;queue;list' {
            break
        }
        'orgtrack;help;queue;show' {
            break
        }
        'orgtrack;help;queue;set' {
            break
        }
        'orgtrack;help;queue;items' {
            break
        }
        'orgtrack;help;record' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a case (state resolved, resolved at the simulated clock)')
            break
        }
        'orgtrack;help;record;add' {
            break
        }
        'orgtrack;help;record;list' {
            break
        }
        'orgtrack;help;record;show' {
            break
        }
        'orgtrack;help;record;delete' {
            break
        }
        'orgtrack;help;record;resolve' {
            break
        }
        'orgtrack;help;record-rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule for a queue; it starts inactive: add its items, then activate it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One rule with its items, in the order they are evaluated')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start applying the rule to email tracked through its queue (one active rule per queue)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop applying the rule (needed before changing or removing it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an inactive rule')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The rule''s items: conditions on the email, evaluated in order; the first match fires')
            break
        }
        'orgtrack;help;record-rule;add' {
            break
        }
        'orgtrack;help;record-rule;list' {
            break
        }
        'orgtrack;help;record-rule;show' {
            break
        }
        'orgtrack;help;record-rule;activate' {
            break
        }
        'orgtrack;help;record-rule;deactivate' {
            break
        }
        'orgtrack;help;record-rule;remove' {
            break
        }
        'orgtrack;help;record-rule;item' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item after the rule''s last one (the rule must be inactive)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the item at this position; the ones after it move up (the rule must be inactive)')
            break
        }
        'orgtrack;help;record-rule;item;add' {
            break
        }
        'orgtrack;help;record-rule;item;remove' {
            break
        }
        'orgtrack;help;mailbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts (exit 1 when a mailbox fails)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            [CompletionResult]::new('reset-after-copy', 'reset-after-copy', [CompletionResultType]::ParameterValue, 'After an environment copy or restore: synchronization methods None for every mailbox, except those listed in --keep, which are approved and Test & Enabled')
            break
        }
        'orgtrack;help;mailbox;list' {
            break
        }
        'orgtrack;help;mailbox;show' {
            break
        }
        'orgtrack;help;mailbox;set' {
            break
        }
        'orgtrack;help;mailbox;approve' {
            break
        }
        'orgtrack;help;mailbox;test-enable' {
            break
        }
        'orgtrack;help;mailbox;disable' {
            break
        }
        'orgtrack;help;mailbox;enable' {
            break
        }
        'orgtrack;help;mailbox;reset-after-copy' {
            break
        }
        'orgtrack;help;delegate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            break
        }
        'orgtrack;help;delegate;add' {
            break
        }
        'orgtrack;help;delegate;list' {
            break
        }
        'orgtrack;help;delegate;remove' {
            break
        }
        'orgtrack;help;folder' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Folder-level tracking: mail in this folder (under the Inbox) is tracked regardless of filtering')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'Delete a folder''s tracking rule (mail tracked through it stays tracked)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'The folder tracking rules of a mailbox')
            break
        }
        'orgtrack;help;folder;add' {
            break
        }
        'orgtrack;help;folder;rename' {
            break
        }
        'orgtrack;help;folder;move' {
            break
        }
        'orgtrack;help;folder;delete' {
            break
        }
        'orgtrack;help;folder;list' {
            break
        }
        'orgtrack;help;folder;track' {
            break
        }
        'orgtrack;help;folder;untrack' {
            break
        }
        'orgtrack;help;folder;rules' {
            break
        }
        'orgtrack;help;inbox-rule' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule after the mailbox''s last one; it runs on mail arriving in the Inbox')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The mailbox''s rules, in the order they run')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Keep a rule but stop running it')
            break
        }
        'orgtrack;help;inbox-rule;add' {
            break
        }
        'orgtrack;help;inbox-rule;list' {
            break
        }
        'orgtrack;help;inbox-rule;remove' {
            break
        }
        'orgtrack;help;inbox-rule;enable' {
            break
        }
        'orgtrack;help;inbox-rule;disable' {
            break
        }
        'orgtrack;help;alerts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            break
        }
        'orgtrack;help;alerts;list' {
            break
        }
        'orgtrack;help;alerts;show' {
            break
        }
        'orgtrack;help;alerts;clear' {
            break
        }
        'orgtrack;help;mail' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Deliver an email to the Inbox of every internal recipient (external ones get nothing)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an email from a mailbox: a copy in its Sent Items and in each internal recipient''s Inbox')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import .eml files, folders of them (recursively) and mbox files')
            break
        }
        'orgtrack;help;mail;receive' {
            break
        }
        'orgtrack;help;mail;send' {
            break
        }
        'orgtrack;help;mail;import' {
            break
        }
        'orgtrack;help;appointment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an appointment (or, with --rrule, a recurring series) to a mailbox''s calendar')
            break
        }
        'orgtrack;help;appointment;add' {
            break
        }
        'orgtrack;help;calendar' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import iCalendar files: events become appointments, recurring ones series')
            break
        }
        'orgtrack;help;calendar;import' {
            break
        }
        'orgtrack;help;task' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task to a mailbox')
            break
        }
        'orgtrack;help;task;add' {
            break
        }
        'orgtrack;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact to a mailbox')
            break
        }
        'orgtrack;help;contact;add' {
            break
        }
        'orgtrack;help;item' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Items, oldest first; streams, so it stays fast on large states')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an item, with its tracking state')
            [CompletionResult]::new('categorize', 'categorize', [CompletionResultType]::ParameterValue, 'Assign a category (default: the tracking category); tracked at the next cycle')
            [CompletionResult]::new('uncategorize', 'uncategorize', [CompletionResultType]::ParameterValue, 'Remove a category (default: the tracking category); untracked at the next cycle')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another folder of its mailbox')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an item in Outlook; the deletion rules apply at the next cycle')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'App for Outlook: track now (and assign the tracking category now)')
            [CompletionResult]::new('untrack', 'untrack', [CompletionResultType]::ParameterValue, 'App for Outlook: untrack now; the activity is kept unless --delete-activity')
            break
        }
        'orgtrack;help;item;list' {
            break
        }
        'orgtrack;help;item;show' {
            break
        }
        'orgtrack;help;item;categorize' {
            break
        }
        'orgtrack;help;item;uncategorize' {
            break
        }
        'orgtrack;help;item;move' {
            break
        }
        'orgtrack;help;item;delete' {
            break
        }
        'orgtrack;help;item;track' {
            break
        }
        'orgtrack;help;item;untrack' {
            break
        }
        'orgtrack;help;category' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The master category list of a mailbox')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a category; tracking follows the category, not its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category from the master list')
            break
        }
        'orgtrack;help;category;list' {
            break
        }
        'orgtrack;help;category;rename' {
            break
        }
        'orgtrack;help;category;delete' {
            break
        }
        'orgtrack;help;activity' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Activities, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of an activity, with its parties')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity; Outlook follows at the next cycle where the rules say so')
            [CompletionResult]::new('set-regarding', 'set-regarding', [CompletionResultType]::ParameterValue, 'Set (or clear, without REF) the record an activity is regarding; a folder rule''s regarding is applied again at the next cycle')
            [CompletionResult]::new('set-state', 'set-state', [CompletionResultType]::ParameterValue, 'Mark an activity open, completed or canceled')
            break
        }
        'orgtrack;help;activity;list' {
            break
        }
        'orgtrack;help;activity;show' {
            break
        }
        'orgtrack;help;activity;delete' {
            break
        }
        'orgtrack;help;activity;set-regarding' {
            break
        }
        'orgtrack;help;activity;set-state' {
            break
        }
        'orgtrack;help;plugin' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a plugin that fails activity creation (always, or the first N times)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            break
        }
        'orgtrack;help;plugin;add' {
            break
        }
        'orgtrack;help;plugin;list' {
            break
        }
        'orgtrack;help;plugin;remove' {
            break
        }
        'orgtrack;help;sync' {
            break
        }
        'orgtrack;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The simulated time, the cycle interval and the cycles run so far')
            break
        }
        'orgtrack;help;clock;show' {
            break
        }
        'orgtrack;help;explain' {
            break
        }
        'orgtrack;help;demo' {
            break
        }
        'orgtrack;help;thread-index' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            break
        }
        'orgtrack;help;thread-index;decode' {
            break
        }
        'orgtrack;help;env' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            break
        }
        'orgtrack;help;env;add' {
            break
        }
        'orgtrack;help;env;list' {
            break
        }
        'orgtrack;help;env;remove' {
            break
        }
        'orgtrack;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to an environment and keep the tokens as a named profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The sign-in profiles (never their tokens)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Make a profile the one used when --env names none')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who the selected profile (or --env''s) is signed in as, where, and until when')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget a profile''s tokens, or every profile''s')
            break
        }
        'orgtrack;help;auth;login' {
            break
        }
        'orgtrack;help;auth;list' {
            break
        }
        'orgtrack;help;auth;select' {
            break
        }
        'orgtrack;help;auth;who' {
            break
        }
        'orgtrack;help;auth;logout' {
            break
        }
        'orgtrack;help;serve' {
            break
        }
        'orgtrack;help;completions' {
            break
        }
        'orgtrack;help;man' {
            break
        }
        'orgtrack;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
