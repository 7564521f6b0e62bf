"""English verb inflection for the dictionary generator.

The PETRARCH loaders inflect regular verbs themselves (base, -S, -ED, -ING with
the usual E/Y/sibilant rules) but do not double final consonants or keep the E
of FREE/AGREE.  `forms()` returns the correct forms; `naive()` returns what a
PETRARCH-style loader would make, so the generator writes an explicit {...}
list exactly when the two differ.
"""

IRREGULAR = {
    'SAY': ['SAYS', 'SAID', 'SAYING'], 'TELL': ['TELLS', 'TOLD', 'TELLING'],
    'SPEAK': ['SPEAKS', 'SPOKE', 'SPOKEN', 'SPEAKING'], 'WRITE': ['WRITES', 'WROTE', 'WRITTEN', 'WRITING'],
    'MEET': ['MEETS', 'MET', 'MEETING'], 'GIVE': ['GIVES', 'GAVE', 'GIVEN', 'GIVING'],
    'SEND': ['SENDS', 'SENT', 'SENDING'], 'LEND': ['LENDS', 'LENT', 'LENDING'],
    'SEEK': ['SEEKS', 'SOUGHT', 'SEEKING'], 'FIGHT': ['FIGHTS', 'FOUGHT', 'FIGHTING'],
    'SHOOT': ['SHOOTS', 'SHOT', 'SHOOTING'], 'STRIKE': ['STRIKES', 'STRUCK', 'STRIKING'],
    'BEAT': ['BEATS', 'BEAT', 'BEATEN', 'BEATING'], 'HOLD': ['HOLDS', 'HELD', 'HOLDING'],
    'TAKE': ['TAKES', 'TOOK', 'TAKEN', 'TAKING'], 'BREAK': ['BREAKS', 'BROKE', 'BROKEN', 'BREAKING'],
    'FORGIVE': ['FORGIVES', 'FORGAVE', 'FORGIVEN', 'FORGIVING'], 'UNDERTAKE': ['UNDERTAKES', 'UNDERTOOK', 'UNDERTAKEN', 'UNDERTAKING'],
    'FORESEE': ['FORESEES', 'FORESAW', 'FORESEEN', 'FORESEEING'], 'WITHDRAW': ['WITHDRAWS', 'WITHDREW', 'WITHDRAWN', 'WITHDRAWING'],
    'SLAY': ['SLAYS', 'SLEW', 'SLAIN', 'SLAYING'], 'LAY': ['LAYS', 'LAID', 'LAYING'],
    'PAY': ['PAYS', 'PAID', 'PAYING'], 'CUT': ['CUTS', 'CUTTING'], 'HIT': ['HITS', 'HITTING'],
    'PUT': ['PUTS', 'PUTTING'], 'SET': ['SETS', 'SETTING'], 'FREEZE': ['FREEZES', 'FROZE', 'FROZEN', 'FREEZING'],
    'OVERRUN': ['OVERRUNS', 'OVERRAN', 'OVERRUNNING'], 'RETHINK': ['RETHINKS', 'RETHOUGHT', 'RETHINKING'],
    'FORGE': ['FORGES', 'FORGED', 'FORGING'], 'BUILD': ['BUILDS', 'BUILT', 'BUILDING'],
    'RUN': ['RUNS', 'RAN', 'RUNNING'], 'GO': ['GOES', 'WENT', 'GONE', 'GOING'],
    'DRIVE': ['DRIVES', 'DROVE', 'DRIVEN', 'DRIVING'], 'FIND': ['FINDS', 'FOUND', 'FINDING'],
    'STAND': ['STANDS', 'STOOD', 'STANDING'], 'FLY': ['FLIES', 'FLEW', 'FLOWN', 'FLYING'],
    'BUY': ['BUYS', 'BOUGHT', 'BUYING'], 'SELL': ['SELLS', 'SOLD', 'SELLING'],
    'LEAD': ['LEADS', 'LED', 'LEADING'], 'SPREAD': ['SPREADS', 'SPREADING'],
    'OVERTHROW': ['OVERTHROWS', 'OVERTHREW', 'OVERTHROWN', 'OVERTHROWING'],
    'UPHOLD': ['UPHOLDS', 'UPHELD', 'UPHOLDING'], 'SHUT': ['SHUTS', 'SHUTTING'],
    'KEEP': ['KEEPS', 'KEPT', 'KEEPING'], 'BROADCAST': ['BROADCASTS', 'BROADCASTING'],
    'FORECAST': ['FORECASTS', 'FORECASTING'], 'BLOW': ['BLOWS', 'BLEW', 'BLOWN', 'BLOWING'],
    'SEE': ['SEES', 'SAW', 'SEEN', 'SEEING'], 'TEAR': ['TEARS', 'TORE', 'TORN', 'TEARING'],
    'WAGE': ['WAGES', 'WAGED', 'WAGING'], 'THROW': ['THROWS', 'THREW', 'THROWN', 'THROWING'],
    'SHAKE': ['SHAKES', 'SHOOK', 'SHAKEN', 'SHAKING'], 'OVERSEE': ['OVERSEES', 'OVERSAW', 'OVERSEEN', 'OVERSEEING'],
    'BID': ['BIDS', 'BIDDING'], 'LEAVE': ['LEAVES', 'LEFT', 'LEAVING'],
    'BRING': ['BRINGS', 'BROUGHT', 'BRINGING'], 'WIN': ['WINS', 'WON', 'WINNING'],
    'SWEAR': ['SWEARS', 'SWORE', 'SWORN', 'SWEARING'], 'UNDERGO': ['UNDERGOES', 'UNDERWENT', 'UNDERGONE', 'UNDERGOING'],
    'FORBID': ['FORBIDS', 'FORBADE', 'FORBIDDEN', 'FORBIDDING'], 'SPEND': ['SPENDS', 'SPENT', 'SPENDING'],
    'DRAW': ['DRAWS', 'DREW', 'DRAWN', 'DRAWING'], 'SHED': ['SHEDS', 'SHEDDING'],
    'MISLEAD': ['MISLEADS', 'MISLED', 'MISLEADING'], 'UNDERMINE': ['UNDERMINES', 'UNDERMINED', 'UNDERMINING'],
    'OUTLAY': ['OUTLAYS', 'OUTLAID', 'OUTLAYING'], 'RECAST': ['RECASTS', 'RECASTING'],
    'BEGIN': ['BEGINS', 'BEGAN', 'BEGUN', 'BEGINNING'], 'CAST': ['CASTS', 'CASTING'],
    'COME': ['COMES', 'CAME', 'COMING'], 'DIG': ['DIGS', 'DUG', 'DIGGING'], 'DO': ['DOES', 'DID', 'DONE', 'DOING'],
    'FALL': ['FALLS', 'FELL', 'FALLEN', 'FALLING'], 'FEED': ['FEEDS', 'FED', 'FEEDING'],
    'FOREGO': ['FOREGOES', 'FOREWENT', 'FOREGONE', 'FOREGOING'], 'FORGO': ['FORGOES', 'FORWENT', 'FORGONE', 'FORGOING'],
    'FORSAKE': ['FORSAKES', 'FORSOOK', 'FORSAKEN', 'FORSAKING'], 'GET': ['GETS', 'GOT', 'GOTTEN', 'GETTING'],
    'LET': ['LETS', 'LETTING'], 'LIGHT': ['LIGHTS', 'LIT', 'LIGHTED', 'LIGHTING'], 'MAKE': ['MAKES', 'MADE', 'MAKING'],
    'PARTAKE': ['PARTAKES', 'PARTOOK', 'PARTAKEN', 'PARTAKING'], 'QUIT': ['QUITS', 'QUITTING'],
    'REBUILD': ['REBUILDS', 'REBUILT', 'REBUILDING'], 'RISE': ['RISES', 'ROSE', 'RISEN', 'RISING'],
    'SING': ['SINGS', 'SANG', 'SUNG', 'SINGING'], 'SINK': ['SINKS', 'SANK', 'SUNK', 'SINKING'],
    'SIT': ['SITS', 'SAT', 'SITTING'], 'STEAL': ['STEALS', 'STOLE', 'STOLEN', 'STEALING'],
    'STICK': ['STICKS', 'STUCK', 'STICKING'], 'UNDERCUT': ['UNDERCUTS', 'UNDERCUTTING'],
    'WIND': ['WINDS', 'WOUND', 'WINDING'], 'WITHHOLD': ['WITHHOLDS', 'WITHHELD', 'WITHHOLDING'],
    # British and American spellings both occur in the news
    'CANCEL': ['CANCELS', 'CANCELLED', 'CANCELED', 'CANCELLING', 'CANCELING'],
    'LABEL': ['LABELS', 'LABELLED', 'LABELED', 'LABELLING', 'LABELING'],
    'LEVEL': ['LEVELS', 'LEVELLED', 'LEVELED', 'LEVELLING', 'LEVELING'],
    'SIGNAL': ['SIGNALS', 'SIGNALLED', 'SIGNALED', 'SIGNALLING', 'SIGNALING'],
    'CHANNEL': ['CHANNELS', 'CHANNELLED', 'CHANNELED', 'CHANNELLING', 'CHANNELING'],
    'COUNSEL': ['COUNSELS', 'COUNSELLED', 'COUNSELED', 'COUNSELLING', 'COUNSELING'],
    'TRAVEL': ['TRAVELS', 'TRAVELLED', 'TRAVELED', 'TRAVELLING', 'TRAVELING'],
    'MARSHAL': ['MARSHALS', 'MARSHALLED', 'MARSHALED', 'MARSHALLING', 'MARSHALING'],
    'PUMMEL': ['PUMMELS', 'PUMMELLED', 'PUMMELED', 'PUMMELLING', 'PUMMELING'],
}

# One-syllable (or final-stress) verbs whose last consonant doubles.
DOUBLE = set('''BAN PLAN STOP COMMIT SUBMIT ADMIT PERMIT REGRET CONTROL PATROL EXPEL COMPEL
REPEL PROPEL KIDNAP EQUIP SHIP DROP TRAP STAB SLAM JAM PLOT SPOT GRAB ROB VET CONFER DEFER
PREFER REFER OCCUR STIR SPUR BAR SCRAP SNUB CHAT ACQUIT OMIT REBEL NAB FAN TAP LAG FLAG
GAG MAP SWAP RAP HUG BEG TRIM ZAP SOB RIG TIP OUTSTRIP AIRDROP ANNUL BOOBY-TRAP CLOG CLUB CONCUR
DEMUR DISBAR DRAG DRUM DUB EAVESDROP EXTOL FLOG FRET GAS GUN HEM LOB MACHINE-GUN OUTFIT OVERSTEP PEN PIN PROD
RAM RE-COMMIT RECOMMIT REBUT RUB SHRUG SHUN SIDESTEP SLAP STEP STRIP TRANSFER TRANSMIT UNBAN WHIP WIRETAP
ALLOT TEAR-GAS TEARGAS'''.split())
VETO_LIKE = {'VETO': ['VETOES', 'VETOED', 'VETOING'], 'TORPEDO': ['TORPEDOES', 'TORPEDOED', 'TORPEDOING']}

VOWELS = set('AEIOU')


def _third(w):
    if w.endswith('Y') and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + 'IES'
    if w.endswith(('S', 'SH', 'CH', 'X', 'Z')):
        return w + 'ES'
    return w + 'S'


def _past(w, double):
    if double:
        return w + w[-1] + 'ED'
    if w.endswith('E'):
        return w + 'D'
    if w.endswith('Y') and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + 'IED'
    return w + 'ED'


def _ing(w, double):
    if double:
        return w + w[-1] + 'ING'
    if w.endswith('IE'):
        return w[:-2] + 'YING'
    if w.endswith('E') and not w.endswith(('EE', 'YE', 'OE')) and len(w) > 2:
        return w[:-1] + 'ING'
    return w + 'ING'


def forms(w):
    """All inflected forms of one verb word (excluding the base)."""
    if w in IRREGULAR:
        return list(IRREGULAR[w])
    if w in VETO_LIKE:
        return list(VETO_LIKE[w])
    d = w in DOUBLE
    return [_third(w), _past(w, d), _ing(w, d)]


def naive(w):
    """What a PETRARCH-style loader generates without a {...} list."""
    ing = w[:-1] + 'ING' if w.endswith('E') else w + 'ING'
    return [_third(w), _past(w, False), ing]
