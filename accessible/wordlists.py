"""Closed word lists for reading who speaks in news: titles, roles, bodies, function words.

Kept in one place, apart from the parsing in :mod:`accessible.phrases`, so a
missing role or title is a one-line change and the rules stay readable.
"""

from __future__ import annotations

TITLES: dict[str, str | None] = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
    "lord": "male", "lady": "female", "dame": "female", "dr": None, "prof": None,
    "professor": None, "rev": None, "father": "male", "sister": "female", "judge": None,
    "king": "male", "queen": "female", "prince": "male", "princess": "female",
    "sen": None, "senator": None, "rep": None, "gov": None, "governor": None,
    "president": None, "chancellor": None, "sheikh": "male", "rabbi": None,
}  # fmt: skip
"""Words that start a person's name, with the gender they imply."""

ROLES_SINGULAR = """spokesman spokeswoman spokesperson source official analyst expert critic
executive director manager minister secretary chairman chairwoman chair chief boss founder
president head leader economist researcher statement report letter firm company group bank
government ministry department police insider observer campaigner activist lawyer attorney
investor trader dealer broker union regulator watchdog commission committee study survey
representative member consumer customer user fan resident witness doctor scientist officer
aide adviser advisor editor correspondent reporter professor teacher student worker employee
owner partner consultant strategist commentator author organiser organizer charity agency
council website newspaper paper journal magazine court judge prosecutor operator retailer
airline carrier maker manufacturer producer supplier provider publisher network association
body industry team club board party spokesmodel mp mep senator congressman congresswoman
lawmaker legislator negotiator diplomat envoy ambassador mayor governor general commander
businessman businesswoman chancellor premier coordinator co-ordinator organisation
organization institute foundation trust fund authority commissioner inspector administration
opposition alliance coalition federation chamber person man woman citizen voter parent
victim neighbour local protester supporter opponent proponent advocate sceptic skeptic pundit
blogger insurer lender developer vendor operator planner guru specialist veteran academic
historian psychologist engineer designer programmer architect banker accountant agent champion
exchange market bourse operator giant unit division subsidiary carmaker broadcaster chain
conglomerate brewer retailer think-tank thinktank""".split()
PLURALS = {w + "s" for w in ROLES_SINGULAR} | {
    "spokespeople", "people", "men", "women", "staff", "police", "businessmen", "chairmen",
    "analyses", "bodies", "companies", "charities", "agencies", "authorities", "parties",
    "industries", "witnesses", "bosses", "studies", "communities", "families",
}  # fmt: skip
ROLE_NOUNS = frozenset(ROLES_SINGULAR) | frozenset(PLURALS)
GROUP_NOUNS = frozenset(PLURALS) - {"police"}
"""Role nouns in the plural: their speakers are groups, referred to as "they"."""

BODY_NOUNS = frozenset(
    """statement report letter firm company group bank government ministry department police
    union regulator watchdog commission committee study survey charity agency council website
    newspaper paper journal magazine court operator retailer airline carrier maker manufacturer
    producer supplier provider publisher network association body industry team club board
    party organisation organization institute foundation trust fund authority administration
    opposition alliance coalition federation chamber insurer lender developer vendor exchange
    market bourse giant unit division subsidiary carmaker broadcaster chain conglomerate brewer
    champion think-tank thinktank""".split()
)
"""Role nouns that name a body, not a person: referred to as "it", never "he" or "she"."""

MALE_ROLES = frozenset({"spokesman", "chairman", "businessman", "congressman", "man"})
FEMALE_ROLES = frozenset({"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "woman"})
DETERMINERS = frozenset(
    """a an the one some many several most other another two three four five few both all its
    his her their this that these those no any each every""".split()
)
PRONOUNS: dict[str, str] = {"he": "male", "she": "female", "it": "body", "they": "group"}
PREPOSITIONS = frozenset(
    """of for at from with in on to by about over under into between among within without
    across against via through after before during since like""".split()
)
ADVERBIAL = PREPOSITIONS | frozenset(
    """speaking commenting writing asked talking addressing referring responding according
    however meanwhile but and also currently earlier later now then still yet instead indeed
    previously separately similarly likewise finally first overall last today yesterday
    tonight recently once again so thus therefore moreover furthermore besides nonetheless
    nevertheless although though while whereas because if when as where already""".split()
)
LEADING = frozenset(
    "but and so yet also however meanwhile now then still instead indeed thus".split()
)
AUXILIARIES = frozenset("has had have was is would will could may might can should".split())
TIME_WORDS = frozenset(
    """yesterday today tonight earlier later this last next week month year morning afternoon
    evening night weekend monday tuesday wednesday thursday friday saturday sunday recently
    also then""".split()
)
"""Words of when something was said, which may follow a cue ("said Mr Sener earlier this month")."""
TRAILING = (
    AUXILIARIES
    | TIME_WORDS
    | frozenset(
        """previously once further simply again itself himself herself themselves repeatedly
    publicly privately separately subsequently reportedly""".split()
    )
)
NOT_NAMES = frozenset(
    """the a an this that these those there here but and so yet in on at for if when while
    after before as his her their its our my some many most all one two three however
    meanwhile also it he she they we i you monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december christmas easter speaking overall currently already earlier later now then said
    says added asked according""".split()
)
ORG_WORDS = frozenset(
    """foundation ministry department ltd inc plc group bank council association news corp
    company office agency commission party union university institute committee authority
    service services court government club league board trust times post journal fund
    reuters bbc itv sky network networks industries holdings partners international systems
    research forum europe studios studio dictionary press securities investments advisors
    advisers markets capital associates consulting centre center federation society
    organisation organization airlines airways motors electric energy telecom communications
    media music records entertainment pictures software technologies labs project programme
    campaign coalition alliance confederation chamber chambers church hospital school college
    museum army navy force parliament congress senate assembly magazine herald telegraph
    guardian mail express radio tv television channel consortium exchange stadium""".split()
)
"""Words that mark a capitalised name as a body rather than a person."""
ORG_HEADS = frozenset(
    """ministry bank university office department chamber chambers association institute
    federation society union council board commission committee school college museum
    church house court bureau agency secretary minister duke duchess prince princess king
    queen chancellor archbishop bishop friends academy centre center confederation
    organisation organization party league fund friends""".split()
)
PARTICLES = frozenset(
    """de den des van der von zu al bin ibn la le du da di del della do dos het ter ten te
    y st""".split()
)
CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on"})
INNER_ROLES = frozenset(
    """chancellor president secretary under-secretary minister director chairman chairwoman
    chief executive spokesman spokeswoman spokesperson governor senator general commissioner
    premier deputy vice head editor analyst economist officer manager founder boss leader
    ambassador mayor captain coach correspondent representative""".split()
)
VERB_LIKE = frozenset("told said says tells wrote writes thinks thought is was has had".split())
"""Words that, opening a chunk after a name, make it a clause rather than a description."""
