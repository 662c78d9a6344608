"""Common forenames and the gender they usually go with.

Only a hint: a forename marks a capitalised pair ("Jon Walton") as a person
rather than a place or a firm ("North America", "Dimension Data"), and gives a
gender for casting when the article never says "he", "she", "Mr" or "Ms". What
the article says always wins over this list.
"""

from __future__ import annotations

from .model import Gender

_MALE = """aaron abdul adam adrian ahmed alan alastair albert alberto alex alexander alexei
alfred ali alistair allan amir anders andre andrea andreas andrei andrew andy angus anthony
antonio arnold arthur ashley barry ben benjamin bernard bill billy bjorn bob boris brendan
brian bruce bryan carl carlos charles charlie chris christian christopher clark claude clive
colin craig dan daniel danny darren dave david dean dennis derek desmond dick dmitry dominic
donald doug douglas duncan dylan ed eddie edward eric erik ernest evan fabio felipe felix
fernando francesco francis francisco frank franz fred frederick gareth gary gavin geoff
geoffrey george gerald gerard gerhard german giovanni giuseppe gordon graham grant greg
gregory guy hamid hans harold harry hassan hector helmut henry herbert howard hugh hugo ian
igor ivan jack jacob jacques jake james jamie jan jason javier jean jeff jeffrey jeremy jerry
jim jimmy joe joel johan john johnny jon jonathan jonny jorge jose joseph juan julian justin
karl keith ken kenneth kevin khalid kim klaus kofi larry lars lee leo leon leonard lewis liam
lionel louis luca lucas luis luke mahmoud malcolm malte marc marco marcus mario mark martin
matt matthew maurice max michael michel miguel mike mikhail mohamed mohammed muhammad nathan
neil nelson nick nicholas nicolas nigel noel norman oliver omar oscar owen pablo patrick paul
pedro peter phil philip philippe pierre rafael ralph ramon raymond reg richard rick rob robert
robin roger roland ron ronald ross roy rupert russell ryan sam samuel scott sean sebastian
sergei sergio shaun shane sidney simon stanley stefan stephen steve steven stuart ted terry
thierry thomas tim timothy todd tom tommy tony trevor vincent vladimir walter warren wayne
werner william willie wolfgang xavier yuri yusuf""".split()
_FEMALE = """abigail ada agnes aisha alexandra alice alison amanda amber amy ana andrea angela
angelina ann anna anne annette annie audrey barbara beatrice becky belinda beth bethany betty
beverley brenda bridget caitlin camilla cara carla carmen carol caroline carolyn catherine
cathy cecilia celia charlotte cheryl chloe christina christine claire clara claudia colette
condoleezza connie cynthia dana daniela danielle deborah debbie denise diana diane donna
dorothy edith eileen elaine eleanor elena elizabeth ella ellen emily emma erica esther eva
evelyn fatima fiona frances francesca gabriela gemma georgina gillian gina gloria grace hannah
harriet hazel heather helen helena hilary hillary holly ingrid irene isabel isabella jackie
jacqueline jane janet janice jean jennifer jenny jessica jill joan joanna joanne josephine
joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kay kelly
kirsty laura lauren leah lesley linda lisa liz lorna louise lucy lydia lynn madeleine maggie
margaret maria marie marina marion marja martha mary maureen megan melanie melissa michelle
miriam molly monica nadia nancy naomi natalie natasha nicola nicole nina nora olga olivia
paula pauline penny rachel rebecca rita rosa rose rosemary ruth sally samantha sandra sara
sarah sharon sheila shelley shirley silvia sonia sophie stella stephanie sue susan suzanne
sylvia tamsin tanya teresa theresa tina tracey tracy valerie vanessa vera veronica victoria
virginia wendy yvonne zoe""".split()
FORENAMES: dict[str, Gender] = {
    **{name: "male" for name in _MALE},
    **{name: "female" for name in _FEMALE if name not in _MALE},
}
"""Lower-case forename → usual gender (names used for both, like "jean", count as male)."""
