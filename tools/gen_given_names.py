#!/usr/bin/env python3
"""Generate ontology/lexicon/given_names.txt: common given names.

Usage:
    python3 tools/gen_given_names.py [NAMES_DIR] > ontology/lexicon/given_names.txt

NAMES_DIR is the folder of the PyPI package `names` (public-domain US Census
1990 name lists `dist.male.first` and `dist.female.first`). Without the
argument the script finds it with importlib, so install the package first,
in a virtual environment outside the repository:

    python3 -m venv /tmp/names-venv && /tmp/names-venv/bin/pip install names
    /tmp/names-venv/bin/python tools/gen_given_names.py > ontology/lexicon/given_names.txt

What goes in:

1. The CENSUS_TOP most frequent names of each census list (male, female).
2. INTERNATIONAL: a hand-curated list of given names from many regions as
   they appear in English-language international news, and a few family
   names that lead a name in East Asian order (Kim, Xi, Nguyen).
3. For every name written with diacritics, its plain-ASCII spelling too
   (Nicolás -> Nicolas, Łukasz -> Lukasz), as English news often drops them.

What stays out: EXCLUDE, names that are also common English words, titles,
places, demonyms or brands ("Will", "May", "Bill", "Hope", "Jordan", "Paris",
"King", "Mercedes"), which would turn a capitalised word at the start of a
sentence or in a headline into a person.

Output: one name per line, capitalised as written, unique, sorted by code
point. Standard library only; the output is deterministic.
"""

import importlib.util
import os
import sys
import unicodedata

CENSUS_TOP = 3000

# Names dropped from every source, each a common English word, title, place,
# demonym, brand or abbreviation first. Grouped for review.
EXCLUDE_TEXT = """
# English words (verbs, nouns, adjectives, function words, currencies)
Abbey Akin Alpha Amber Angelic Angle Ante Archer Art Atlas Aura Autumn Barb
Basil Belle Berry Beryl Bill Birdie Blade Blanch Bonny Brain Brandy Brook
Buck Bud Buddy Buster Can Candy Caprice Carmine Cash Chance Charity Chase
Chastity Che Cherish Cherry Chin Christen Clay Cliff Colt Coral Coy Crystal
Curt Dahlia Dawn Deb Desire Destiny Diamond Ding Do Dolly Dong Dot Drew Dung
Dusty Earnest Ebony Echo Eddy Edit Else Era Ester Eve Faith Fang Fanny Fares
Fawn Fern Flora Forest Foster Gal Gale Gang Garnet Gay Gene Genesis Genie
Gent Ginger Glory Grace Grant Gunner Guy Han Harm Harmony He Heath Herb Ho
Hone Honey Hong Hope Hue Hung Hyacinth In Islam Ivory Ivy Jade Jarred Jewel
Jihad Job Joy Julienne Junior Karma Kitty Lacy Lane Laurel Legend Lemma Lev
Liberty Lien Loan Long Lore Magnolia Man Manual Maple Margarita Marina
Marlin Marry Mart Mate Mats Maverick Maxima Melody Mercy Merry Messiah Miles
Min Misty Moon My Myrtle Nam Noble Nova Novella Numbers Odd Oh Olive Opal
Orion Page Paisley Pal Pan Pansy Park Patience Patsy Pearl Penny Per Ping
Pinkie Precious Prudence Rain Ram Raven Rich River Rob Rock Rocky Rod
Romaine Rose Ruby Rune Rusty Saber Sage Said Samba Sandy Sang Sari Scarlet
Serenity Shad Sherry Shin Sibyl So Sol Son Song Soon Spring Star Sterling
Stormy Sue Summer Sun Sung Sunny Sunshine Tad Talon Tam Tan Tang Tawny
Tequila Tiara Tiny Tone Tor Trinity Tuba Uzi Velvet Viola Violet Viva Wade
Ward Will Willow Windy Yaw Ye Yen Young Yuan Zion
# titles and ranks
Duke Earl Emir King Lady Major Marquis Prince Princess Queen Queenie Royal
Sultan
# months, weekdays and holidays
April August Easter June May Valentine
# places: countries, states, regions, cities (Aviv: of Tel Aviv)
Adelaide Alberta Alexandria America Angeles Asia Augusta Aurora Austin Aviv
Bethel Brooklyn Camden Carmel Carolina Chad Chelsea Cheyenne Cleveland
Columbus Dakota Dallas Denver Devon Florence Florida France Francia Geneva
Georgia Haifa Houston Hudson India Indiana Israel Isreal Jordan Kandy Kenya
Kingston Loma Madison Milan Montana Montserrat Odessa Olympia Orlando Palma
Paris Phoenix Raleigh Roma Saida Salem Samara Santa Savanna Savannah Shasta
Shawnee Sierra Sydney Trenton Trinidad Valencia Venice Verona Victoria
Virginia Washington Wellington
# demonyms and adjectives of place or creed
Dane German Irish Roman Scot
# brands, organisations, institutions, groups
Bentley Boko Chanel Dell Delta Duma Isis Kia Marvel Mercedes Meta Pandora
Remington Tasnim Venus Wafa Wagner
# family names far more often than given names
Johnson Newton Silva Williams
# name particles, short forms and abbreviations that are not names alone
Abu Al Bin Chi Del Della Du Fe Ha Jc Le Ma Mac Mi Ok Robt Sha Thu Van Von Wm
"""
EXCLUDE = {w for line in EXCLUDE_TEXT.splitlines()
           if not line.startswith("#") for w in line.split()}

# Hand-curated given names from many regions, as spelled in English-language
# news (with and without diacritics). Lines starting with "#" are headings.
INTERNATIONAL = """
# English-speaking world: names more common since the 1990 census
Aaliyah Aarav Abigail Addison Aiden Aidan Alastair Alasdair Alfie Amelia
Archie Aria Ariana Arlo Asher Ava Axel Beckett Bella Bodhi Brayden Brielle
Brody Bryson Caden Callum Camila Cayden Clara Cohen Colton Connor Conor
Cooper Declan Easton Eliana Elijah Ellie Emilia Emmett Everly Ezra Finley
Finn Freddie Freya Gianna Grayson Greyson Hailey Harper Harrison Hayden
Imogen Isla Jace Jackson Jaden Jameson Jax Jaxon Jayden Jayce Josiah Jude
Kai Kayden Kaylee Keir Kinsley Knox Kyrie Landon Layla Leo Liam Lincoln
Logan Luca Lucas Luke Maddox Mateo Matteo Maxwell Micah Milo Naomi Nevaeh
Noah Nolan Oliver Olivia Owen Paisley Parker Piper Poppy Quinn Rhett Riley
Rishi Rowan Ryder Ryker Sadie Sawyer Scarlett Sebastian Silas Skylar
Sophia Stella Theo Theodore Thiago Tobias Wyatt Xander Zara Zayn Zoe Zoey
Kemi Nadhim Priti Suella Sajid Kwasi Humza Anas Sadiq Yvette Wes Bridget
Angus Ewan Hamish Iain Lachlan Fraser Murdo Ruaridh Struan Morag Kirsty
Mhairi Eilidh Ailsa Catriona Rhona Elspeth Gwyneth Rhys Dafydd Gareth Emyr
Huw Ieuan Iwan Owain Rhodri Aled Bryn Carwyn Cerys Rhian Siân Eluned
Nerys Bethan Ffion Jacinda Chris Anthony Scott Malcolm Kevin Julia Penny
Tanya Bronwyn Kiri Winston Christopher Nicola Keir Liz Jeremy Dominic
Priya
# Irish
Aoife Áine Aisling Caoimhe Ciara Clodagh Eimear Gráinne Mairead Máiréad
Niamh Orla Róisín Saoirse Siobhán Sinéad Una Micheál Enda Bertie Eamon
Éamon Eamonn Seamus Séamus Seán Ciarán Ciaran Colm Cormac Dermot Diarmuid
Donal Dónal Eoin Eoghan Fergal Fergus Fintan Niall Oisín Padraig Pádraig
Ronan Rory Ruairí Tadhg Mícheál Leo Gerry Dara Darragh Cathal Conall
Pearse Proinsias Maeve Méabh Bríd Nuala Fionnuala Sorcha Síle Aengus
# German, Austrian, Swiss
Olaf Angela Friedrich Annalena Christian Markus Karl Frank-Walter Wolfgang
Horst Helmut Gerhard Joschka Sigmar Heiko Hubertus Svenja Cem Lars Saskia
Norbert Armin Hendrik Jens Ralf Ursula Tino Sahra Björn Jürgen Klaus Hans
Dieter Günter Günther Heinz Hermann Werner Manfred Rainer Reinhard Rolf
Uwe Ulrich Volker Walter Wilhelm Detlef Dirk Florian Jan Jonas Jörg Kai
Lukas Maximilian Moritz Niklas Nils Philipp Stefan Steffen Sven Thorsten
Tobias Torsten Ute Anke Antje Birgit Brigitte Claudia Dagmar Doris
Franziska Frauke Gabriele Gisela Heike Helga Ilse Ingrid Jutta Karin
Katja Kerstin Lena Luisa Manuela Marlene Monika Petra Renate Ricarda
Sabine Silke Simone Susanne Tanja Ulrike Waltraud Karl-Heinz Hans-Jürgen
Hans-Peter Hans-Dietrich Hans-Georg Karl-Theodor Heinz-Christian Alexander
Annegret Bärbel Boris Christine Christoph Cornelia Dietmar Dorothee
Egon Elke Erwin Felix Gregor Gudrun Hannelore Hartmut Heiner Herbert
Hildegard Holger Ines Jakob Joachim Johann Johannes Josef Julia Jörn
Kathrin Konrad Kurt Lothar Ludwig Malte Marie-Agnes Matthias Michaela
Nadine Olaf Oskar Otto Rüdiger Sigrid Stephan Theo Thomas Tim Ulf
Ulla Verena Volkmar Winfried Wolfram Alois Anton Ferdinand Georg Gottfried
Heinrich Ignaz Leopold Engelbert Fritz Franz Erich Ernst Emil Eberhard
Edmund Gunther Hannes Hubert Ingo Jochen Kevin Lutz Marco Mario Nico Nina
Norman Paul Peter Reiner Sascha Siegfried Timo Tom Ulrich Vincent
Rudolf Rudi Sepp Sebastian Karoline Beate Irmgard Liselotte Margarete
Marianne Mechthild Rosemarie Sieglinde Sybille Uta Wiebke Alexandra
Hedwig Gertrud Elfriede Ilona Iris Jana Katharina Lisa Luise Mareike
Melanie Mirjam Nicole Sonja Stefanie Svenja Theresa Vanessa Yvonne
Doreen Kristina Anja Alice Jenny Mia Leonie Hanna Lea Emma Lina Amelie
Leni Lotta Clara Ida Greta Frieda Mathilda Johanna Thea Pia Marlon
Finn Elias Luca Ben Henry Leon Noah Louis Paul Felix Jonas Emil Anton
Ilse Gesine Reinhold Gerd Gerhart Heidemarie Ingeborg Roswitha Vroni
# French, Belgian, Swiss French, Quebec
Emmanuel François Jean Jacques Nicolas Édouard Gabriel Élisabeth
Bruno Gérald Jean-Luc Jean-Yves Jean-Marie Jean-Pierre Jean-Claude
Jean-Michel Jean-Louis Jean-François Jean-Noël Jean-Marc Jean-Paul
Jean-Baptiste Jean-Jacques Jean-Christophe Jean-Philippe Jean-Charles
Marie-Claire Marie-France Anne-Marie Marie-Laure Marie-Christine
Marie-Hélène Marie-Noëlle Marie-Pierre Ségolène Laurent Michel Pierre
Philippe Thierry Xavier Yves Alain André Benoît Bernard Christophe Cédric
Didier Dominique Éric Fabien Florent Frédéric Gilles Guillaume Hervé Hugo
Jérôme Julien Lionel Luc Marc Mathieu Matthieu Maxime Olivier Pascal
Patrice Raphaël Rémi Sébastien Stéphane Sylvain Thibault Valéry Vincent
Yannick Zinedine Kylian Amélie Anaïs Aurélie Camille Catherine Cécile
Chantal Christine Claire Delphine Émilie Françoise Geneviève Hélène
Isabelle Jeanne Juliette Laure Léa Manon Marion Mathilde Nathalie Océane
Pauline Sandrine Sophie Sylvie Valérie Véronique Virginie Rachida Najat
Aurore Agnès Clémentine Clément Edwige Gérard Rodolphe Gaspard Arnaud
Damien Loïc Gaël Erwan Bastien Baptiste Quentin Romain Théo Valentin
Killian Corentin Adrien Aurélien Grégoire Grégory Jérémie Josselin
Ludovic Marius Mickaël Perrine Rémy Sacha Tristan Yann Élodie
Emmanuelle Fabienne Ghislaine Gwendoline Josiane Karine Ludivine Marianne
Murielle Nadège Pascale Solène Violaine Yaël Axelle Bérénice Capucine
Coralie Céline Élise Margaux Mélanie Morgane Ophélie Séverine Stéphanie
Yasmina Jordane Anne Annick Brice Cyril Cyrille Denis Édith Élie Étienne
Eugène Fanny Florence Frantz Gaétan Gautier Geoffroy Georges Gérôme
Gilbert Hubert Irène Jacqueline Jocelyne Joël Josette Jules Justin
Lucien Lucie Madeleine Marcel Marcelle Martine Maurice Michèle Micheline
Mireille Monique Nadine Nathan Noël Noémie Odile Pierre-Yves Raymond
Régis Renaud René Roland Serge Simone Sylviane Thérèse Timothée Yvette
Yvon Zoé Alexis Antoine Arthur Benjamin Charles Clémence Dorothée Enzo
Ferdinand Gabrielle Hugues Ingrid Louis Louise Lucas Margot Mathis
Nolwenn Priscilla Robin Roselyne Rose-Marie Sabine Samuel Thomas Victor
Xavière Amaury Aymeric Bertrand Blaise Cyprien Éloïse Eudes Fabrice
Ghislain Guy-Marie Hippolyte Jean-Dominique Jean-Guy Lydie Mathias
Olympe Reynald Sidonie Tanguy Ulysse Xavière Justine Albane
Pénélope Agathe Apolline Constance Domitille Éléonore Emeline Flavie
# Italian
Giorgia Matteo Mario Sergio Giuseppe Silvio Romano Enrico Paolo Luigi
Antonio Carlo Elly Giancarlo Guido Francesco Alessandro Andrea Davide
Emanuele Fabio Federico Filippo Gianluca Gianni Giacomo Giovanni Giulio
Lorenzo Luca Marco Massimo Maurizio Michele Nicola Pietro Raffaele
Riccardo Roberto Salvatore Simone Stefano Tommaso Umberto Valerio
Vittorio Alessandra Alessia Anna Beatrice Chiara Claudia Daniela Elena
Elisa Federica Francesca Gabriella Giulia Ilaria Laura Lucia Marta
Martina Paola Roberta Sara Silvia Valentina Teresa Rosaria Giuliana
Ornella Donatella Ignazio Pierluigi Piero Pier-Luigi Gianfranco
Gianmarco Ciro Gennaro Nunzio Vincenzo Domenico Bettino Achille Alcide
Amedeo Aldo Arnaldo Attilio Benito Cesare Dario Edoardo Elio Ettore Ezio
Fausto Flavio Franco Gabriele Gino Giorgio Ivo Leonardo Luciano Manlio
Marcello Mattia Mauro Nando Nino Oreste Ottavio Renato Renzo Rocco Sandro
Sebastiano Silvano Tiziano Ugo Valter Walter Giuliano Goffredo Graziano
Guglielmo Lamberto Leoluca Mariano Massimiliano Nichi Oscar Pasquale
Patrizio Raimondo Rosario Sergio Settimo Tullio Vasco Virginio Agostino
Angelino Antonello Carmelo Cosimo Danilo Dino Emilio Enzo Fabrizio
Fulvio Giampaolo Gianpiero Gigi Loris Luigino Maurizio Paolo Pietro
Adriana Angela Annamaria Antonella Carla Caterina Cinzia Cristina
Emma Fiorella Gianna Giovanna Grazia Letizia Livia Loredana Lorenza
Luana Luisa Marcella Mara Mariagrazia Mariangela Marisa Mariastella
Mirella Nadia Nicoletta Patrizia Rita Rossana Rossella Sabrina Serena
Simona Stefania Tiziana Vittoria Marianna Marilena Elisabetta Benedetta
Ludovica Margherita Matilde Maddalena Michela Carolina Noemi Arianna
# Spanish, Catalan, Basque, Galician
Pedro Mariano Felipe Alberto Santiago Yolanda Isabel Pablo Íñigo Iñigo
Albert Carles Oriol Jordi Josep Pere Núria Montserrat Meritxell Begoña
Irene Alfonso Ignacio Iñaki Aitor Unai Asier Mikel Jon Ander Koldo Ainhoa
Amaia Arantxa Itziar Nerea Leire Idoia Alejandro Andrés Ángel Antonio
Armando Arturo Benjamín Bruno César Cristian Cristóbal Diego Eduardo
Emiliano Emilio Enrique Esteban Facundo Federico Felipe Francisco
Gerardo Gonzalo Gustavo Héctor Hernán Hugo Ignacio Jaime Javier Jesús
Joaquín Jorge José Juan Julián Leonardo Lorenzo Lucas Luis Manuel Marcelo
Marcos Mario Martín Mateo Matías Mauricio Maximiliano Miguel Nicolás
Óscar Pablo Patricio Pedro Rafael Ramón Raúl Ricardo Roberto Rodrigo
Rubén Salvador Santiago Sebastián Sergio Tomás Vicente Víctor Agustín
Bautista Adolfo Alfredo Álvaro Anselmo Baltasar Borja Carmelo Casimiro
Cayetana Cayetano Celestino Ernesto Fermín Fidel Gaspar Gregorio Guillermo
Gumersindo Inés Isidro Jacinto Josu José Luis José María Juanma Julio
Leopoldo Lucía Macarena Manuela Marta Maximino Mercè Nieves Pilar
Rocío Soraya Susana Teodoro Xabier Xavier Xosé Xoán Xulio Yago Zaida
Adela Adriana Alicia Almudena Amparo Ana Antonia Aurora Beatriz Blanca
Carmen Concepción Consuelo Cristina Dolores Elena Encarnación Esperanza
Eva Fernanda Gloria Inmaculada Isabel Josefa Julia Laura Lorena Luisa
Margarita María Marina Mercedes Montse Nuria Paloma Paula Purificación
Raquel Remedios Rosa Rosario Sonia Teresa Trinidad Verónica Victoria
Ximena Yésica Lourdes Marisol Maite Arancha Ione Irune Garbiñe Edurne
Ane Nahia Uxue Oihane Elixabete Andoni Gorka Iker Imanol Joseba Julen
Xabi Beñat Eneko Ibai Igor Xurxo Iago Uxía Antía Breixo Brais Xiana
# Portuguese and Brazilian
António Marcelo Luís Rui Paulo Nuno João Tiago Duarte Gonçalo Afonso
Vasco Cristiano Fernando Jorge Mário Aníbal Manuela Catarina Inês
Mariana Beatriz Leonor Joana Rita Sofia Filipa Graça Conceição Fátima
Luiz Inácio Jair Dilma Michel Tarcísio Romeu Flávio Fábio Márcio Otávio
Renan Rogério Ronaldo Sérgio Thiago Edson Gilberto Heitor Caio Vinícius
Ciro Aécio Geraldo Gleisi Damares Rosângela Simone Marina Joaquim
Anderson Wellington Cleber Cláudio Daniel Davi Diogo Eduardo Emerson
Felipe Fabrício Gustavo Henrique Hélio Itamar Juliano Leandro Lucas
Marcos Matheus Mauro Milton Murilo Nelson Osmar Pedro Raimundo Reinaldo
Ricardo Rodrigo Rômulo Sandro Silvio Teotônio Ulisses Valdemar Wilson
Zé Adriana Ana Aline Bruna Camila Carla Cármen Cecília Cíntia Daniela
Débora Eliane Fernanda Flávia Gabriela Helena Isabela Jaqueline Júlia
Juliana Larissa Letícia Luana Luciana Márcia Maria Natália Patrícia
Raquel Regina Renata Roberta Rosa Sandra Sílvia Tânia Tatiana Vanessa
Vera Viviane Benedita Marielle Anielle Sônia Marta Tabata Janaína
Luíza Manuela Paulo Sebastião Serafim Severino Benedito Francisco
Antônio Ivo Jacinto Jerónimo Josué Lourenço Marcelino Miguel Nélson
Orlando Pedro Quim Ramiro Xavier Zeca
# Latin American (Spanish-speaking)
Claudia Xóchitl Marcelo Sebastián Michelle Alberto Cristina Mauricio
Axel Patricia Horacio Fernando Keiko Ollanta Alan Martín Evo Luis Rafael
Guillermo Daniel Rosario Nayib Xiomara Bernardo Iván Álvaro Juan Hugo
Diosdado Delcy Edmundo Corina Henrique Raúl Fidel Ernesto Yoani Yamandú
Tabaré José Lucía Dina Pedro Gabriel Camila Valentina Isabella Mariana
Daniela Fernanda Florencia Agustina Sofía Martina Catalina Antonella
Luciana Renata Paula Gabriela Juliana Adriana Beatriz Rocío Yesenia
Yolanda Guadalupe Lupita Araceli Itzel Citlali Marisol Pilar Inés
Leticia Teresa Rosa Carmen Dolores Esperanza Consuelo Socorro Milagros
Luz Soledad Amparo Raquel Silvia Graciela Norma Olga Andrés Santiago
Nicolás Javier Gustavo Luiz Jair Cuauhtémoc Porfirio Vicente Lázaro
Rigoberta Ximena Valeria Regina Natalia Paulina Jimena Karla Maricela
Alejandra Andrea Berenice Brenda Cecilia Elvira Estela Eugenia Gisela
Irma Josefina Lorena Magdalena Maribel Marcela Mirta Mónica Nélida
Olivia Pamela Ramona Rebeca Susana Verónica Viviana Ximena Zulema
Amado Arnoldo Aurelio Camilo Carlos Dagoberto Efraín Eliseo
Elías Eusebio Evaristo Ezequiel Florentino Gerónimo Gilberto
Higinio Homero Isidoro Jacobo Lisandro Macario Marcial Máximo Moisés
Octavio Omar Orlando Osvaldo Porfirio Próspero Rigoberto Rolando
Salomón Saúl Segundo Silvestre Teófilo Ulises Wilfredo Yamil Epifanio
Abelardo Alcides Anastasio Bartolomé Cirilo Crisanto Demetrio Dionisio
Eleazar Emiliano Fulgencio Gaspar Genaro Heriberto Hilario Jacinto
Leonel Lisandro Luciano Mariano Nazario Nemesio Nicanor Onofre Pánfilo
Plutarco Ruperto Sixto Tadeo Valentín Wenceslao Zacarías Keylor Yaneth
Lilian
# Dutch and Flemish
Mark Geert Frans Wopke Sigrid Caroline Pieter Joost Klaas Kees Henk Dirk
Jeroen Maarten Martijn Niels Ruud Sander Stef Wim Willem Wouter Bart Bas
Lodewijk Rutger Sjoerd Arjen Edwin Erik Gerrit Harm Koen Lieven Luuk Menno
Roel Teun Tijs Annemiek Anouk Femke Fleur Inge Lotte Marieke Mieke Sanne
Hanneke Dilan Kajsa Hadja Jesse Ank Arend Bram Cees Coen Daan Dries Eelco
Femke Frits Gert Gijs Hendrikus Herman Huub Jaap Jasper Jelle Jens Jeroen
Joop Jurgen Karel Kasper Laurens Lieke Marijn Marnix Mathijs Mette Michiel
Pim Reinier Rik Robbert Rogier Sietse Stijn Thijs Tjeerd Twan Vincent
Wietse Wilco Wybren Yuri Alexander Amalia Beatrix Juliana Maxima Máxima
Agnes Anke Annelies Anneke Carola Corrie Dieuwke Els Gerda Greetje
Hester Ingrid Jolanda Karin Kim Liesbeth Marja Marjolein Mirjam Nynke
Petra Renske Rianne Sigrid Tineke Wilma Dilan Bart Bert Elio
Jan Jean-Luc Joël Kristof Koenraad Maxime Paul-Henri Pieter Sammy
Theo Tinne Vincent Wouter Yves Hilde Hadja Zuhal Meryame Sophie Petra
# Scandinavian and Nordic
Olav Ola Ole Erna Ulf Magdalena Anders Mette Helle Poul Søren Jakob Mads
Magnus Morten Nikolaj Rasmus Troels Kristian Sanna Petteri Sauli Antti
Juha Jussi Jukka Kimmo Matti Mikko Pekka Tarja Aino Anni Elina Hanna
Johanna Kaisa Kirsi Minna Päivi Riikka Satu Tiina Annika Carl Gustaf
Gustav Göran Ingvar Jimmie Kjell Lennart Leif Mikael Olof Pål Sven Åsa
Ebba Birgitta Kristina Linnea Malin Märta Ulla Ylva Gro Knut Øystein
Sigurd Solveig Tone Trond Terje Bjørn Espen Geir Haakon Håkon Hege Ine
Kari Liv Marit Ragnhild Siv Stein Svein Trine Vegard Anniken Katrín
Bjarni Guðni Sigurður Jón Halla Kristrún Bjarne Dag Einar Eirik Erlend
Frode Gunnar Harald Hallvard Helge Ivar Jostein Kåre Lasse Lars Nils
Oddvar Rune Sindre Sverre Thor Torbjørn Vidar Arne Jonas Jens Jørgen
Inger Ingvild Kristin Mona Randi Sissel Synnøve Torill Trude Unni Vibeke
Anne-Marie Frederik Henrik Jeppe Kasper Mogens Nicolai Pernille Signe
Lotte Mette-Marit Margrethe Dorthe Kirsten Lene Pia Tine Vivi Susanne
Ida Ane Eva Emil Aksel Asger Bertel Flemming Jesper Lars Ulrik
Villy Svend Holger Ebbe Peder Preben Steen Tove Bodil Birthe Grethe
Stefan Magdalena Ulf Annie Ebba Johan Jimmie Tomas Morgan Mats Fredrik
Carl-Johan Per-Erik Jan-Olof Lars-Erik Hans-Erik Anna-Karin Ann-Sofie
Agneta Anneli Barbro Britt Britta Camilla Ewa Gunilla Helén Inga Ingela
Jenny Karolina Lena Lisbeth Louise Margareta Marie Mona Monica Petra
Sara Ulrika Viveca Åke Bengt Bertil Björn Bo Erland Folke Gösta Hasse
Ingemar Jöran Kent Lennart Malte Nils Olle Roger Rolf Sten Stig Sune
Tage Torsten Valdemar Yngve Pekka Petri Sami Teemu Tuomas Ville
Ilkka Jari Jarmo Juho Kari Lauri Markku Marko Martti Mauno Olli Paavo
Risto Sakari Seppo Tapio Tero Timo Urho Veikko Antero Heikki Jaakko
Alexander Annika Heli Hanna Jenni Katri Krista Leena Liisa Marjatta
Merja Pirkko Pirjo Raija Ritva Sirpa Tuula Tuulikki Tytti Eeva Sanni
# Polish
Andrzej Mateusz Jarosław Lech Aleksander Bronisław Radosław Władysław
Zbigniew Tomasz Rafał Szymon Krzysztof Marcin Michał Paweł Piotr
Przemysław Wojciech Jacek Jerzy Józef Kazimierz Krystian Łukasz Maciej
Marek Mariusz Mirosław Ryszard Sławomir Stanisław Tadeusz Zygmunt
Grzegorz Dariusz Janusz Jakub Kamil Bartosz Dawid Damian Adrian Agnieszka
Aleksandra Anna Barbara Beata Danuta Dorota Elżbieta Ewa Grażyna Halina
Iwona Jadwiga Joanna Justyna Katarzyna Krystyna Magdalena Małgorzata
Maria Marta Monika Renata Teresa Urszula Wanda Zofia Karol Henryk Bogdan
Bogusław Czesław Edward Leszek Waldemar Witold Zdzisław Arkadiusz Artur
Borys Cezary Daniel Emil Filip Franciszek Hubert Ireneusz Jan Jędrzej
Konrad Kuba Lucjan Łucja Mikołaj Norbert Patryk Robert Roman Sebastian
Stefan Sylwester Szczepan Wiesław Włodzimierz Zenon Alicja Bożena
Edyta Emilia Gabriela Hanna Helena Irena Izabela Jolanta Julia Kamila
Karolina Kinga Lidia Marianna Marzena Natalia Paulina Sylwia Wiesława
Weronika Zuzanna Żaneta Genowefa Stanisława Bogumiła Jarosława Dorota
# Czech and Slovak
Petr Pavel Andrej Miloš Václav Jiří Josef Karel Tomáš Martin Jakub Lukáš
Ondřej Vít Vojtěch Zdeněk Bohuslav Jaroslav Miroslav Ladislav Vladimír
Igor Eduard Zuzana Iveta Jana Eva Hana Lenka Markéta Petra Věra Kateřina
Lucie Alena Dana Mária Rudolf Ivan Peter Marian Mikuláš Richard Juraj
Ľudovít Štefan Dušan Bohumil Radek Marek Michal Zbyněk Přemysl Radim
Libor Ludmila Jitka Marie Olga Blanka Dagmar Daniela Irena Ivana Jarmila
Kamila Klára Monika Pavla Radka Šárka Tereza Veronika Vlasta Zdeňka
Aleš Antonín Bedřich Břetislav Čestmír Dalibor Emil František Jindřich
Jan Kamil Kryštof Leoš Lubomír Luboš Matěj Milan Milouš Oldřich Otakar
Robert Roman Stanislav Svatopluk Vratislav Vlastimil Vilém Alexandr
Anna Barbora Denisa Eliška Hedvika Helena Jaroslava Jiřina Kristýna
Lubomíra Magdaléna Miroslava Natálie Nikola Renata Simona Stanislava
Zdenka Ľubomír Ľudmila Branislav Ivan Jozef Kamil Matúš Miroslav Ondrej
Pavol Róbert Tibor Vladimír Zuzana Lucia Katarína Beáta Martina
# Hungarian
Viktor Péter Katalin Ferenc Gergely Gyula Judit László Zoltán Tamás
Balázs Gábor Sándor István János József Mihály Attila Csaba Dániel Dávid
Ákos Árpád Levente Márton Miklós Róbert Szabolcs Zsolt Zsuzsanna Ágnes
Anikó Beáta Edit Erika Erzsébet Éva Ildikó Ilona Krisztina Mária Márta
Orsolya Piroska Szilvia Tünde Zsófia Kinga Bence Ádám Barnabás Imre Lajos
Géza Béla Endre Kálmán Pál Tibor András Antal Bálint Benedek Dezső Ernő
Ervin Frigyes Győző Gusztáv Henrik Jenő Károly Kristóf Krisztián Lőrinc
Máté Norbert Ottó Richárd Tivadar Vilmos Zsigmond Adrienn Andrea Anita
Annamária Boglárka Borbála Dóra Emese Enikő Eszter Fanni Gabriella
Hajnalka Henrietta Irén Jolán Julianna Klára Lilla Magdolna Melinda
Nikolett Noémi Réka Rozália Szandra Tímea Veronika Viktória Zita
# Greek and Cypriot
Kyriakos Alexis Antonis Konstantinos Costas Kostas Yanis Yannis Giorgos
Georgios Nikos Nikolaos Dimitris Dimitrios Panagiotis Panos Christos
Vasilis Vassilis Evangelos Vangelis Andreas Athanasios Thanasis Spyros
Stavros Theodoros Ioannis Michalis Manolis Stefanos Sotiris Apostolos
Fotis Ilias Katerina Dora Eleni Aikaterini Vasiliki Fofi Niki Evangelia
Despina Dimitra Kalliopi Ioanna Theodora Paraskevi Evripidis Achilleas
Adonis Akis Makis Takis Pavlos Petros Prokopis Sakis Tasos Nicos Demetris
Glafcos Tassos Ersin Tufan Anastasios Antonios Aristotelis Charalambos
Charalampos Chrysanthos Efthimios Emmanouil Gerasimos Grigoris Haris
Iakovos Kyriacos Leonidas Lefteris Lambros Marios Miltiadis Nektarios
Odysseas Pericles Periklis Savvas Stelios Stylianos Themistoklis Vasos
Xenophon Yiannis Yorgos Zisis Angeliki Anastasia Athina Chrysoula Efi
Eirini Elpida Evdokia Georgia Kalypso Konstantina Lina Magda Marianna
Melina Myrto Olympia Penelope Rena Sofia Stavroula Stella Sotiria
Tatiana Theano Xanthi Zoi Annita Dimitri Ekaterini Kostis Nikitas
# Romanian and Moldovan
Klaus Nicolae Ilie Traian Mihai Marcel Ludovic Călin Cătălin Dacian
Dan Florin Gheorghe Liviu Sorin Viorica Corina Ioana Maia Vlad Vasile
Valeriu Andrei Ovidiu Remus Radu Alexandru Bogdan Costel Ionuț Laurențiu
Lucian Marius Mircea Octavian Petru Răzvan Tudor Virgil Andreea Alina
Diana Irina Mădălina Mirela Monica Raluca Roxana Simona Cristian Adrian
Dorin Emil Eugen Horia Iulian Lucian Nicușor Ovidiu Sebastian Teodor
Titus Valentin Victor Viorel Vasile Anca Carmen Cristina Daciana Elena
Gabriela Iulia Laura Lavinia Luminița Mihaela Oana Ramona Rodica Sanda
Silvia Teodora Veronica Natalia Maia Igor Vladimir Vadim Renato
# Bulgarian and North Macedonian
Rumen Boyko Kiril Nikolai Rosen Denitsa Kristalina Georgi Ivaylo Plamen
Hristo Todor Tsvetan Dimitar Petar Iliana Mariya Yordanka Asen Atanas
Blagoy Bozhidar Delyan Emil Galab Krasimir Lyubomir Lyudmil Mihail
Nikolay Ognyan Radoslav Rumyana Slavi Stoyan Valentin Vasil Velislav
Yordan Zhivko Tsvetelina Desislava Elitsa Galina Kalina Maya Nadezhda
Neli Radka Silvia Snezhana Teodora Vesela Zornitsa Zoran Hristijan
Stevo Gjorge Gordana Biljana Talat Ali Artan
# Serbian, Croatian, Bosnian, Montenegrin, Slovenian
Aleksandar Ivica Zoran Milorad Slobodan Vojislav Zlatko Kolinda Milo
Dragan Dušan Goran Miroslav Nebojša Predrag Bakir Alija Željko Davor
Nataša Jelena Marija Milica Snežana Ivana Dragana Vesna Mirjana Biljana
Branko Darko Dejan Luka Marko Milos Nikola Novak Stefan Uroš Vuk Zlatan
Zdravko Hrvoje Tomislav Krešimir Damir Denis Haris Edin Nermin Adnan Amra
Aida Selma Sead Senad Mirsad Elvis Ana Ante Borut Janez Igor
Luka Matej Miro Nataša Robert Rok Tanja Urška Tina Žiga Mateja Andrej
Ivo Ivan Josip Mladen Radovan Ratko Slavko Srđan Vladimir Zvonimir
Dražen Dubravka Jadranka Ksenija Ljiljana Sanja Slavica Sonja Tatjana
Vlatka Zorana Emir Dino Zeljko Predrag Aleksa Dušanka Gordan Ognjen
Radmila Ranko Siniša Stanko Zlata Zora Borislav Milan Milenko
# Albanian and Kosovar
Edi Ilir Sali Ramush Hashim Albin Vjosa Dritan Fatmir Blerim Bujar Dardan
Enver Fatos Lulzim Mimoza Arta Besa Drita Lindita Agron Alban Arben
Arbër Artan Bajram Besnik Dardan Driton Ermal Erion Genc Gentian Ilir
Kujtim Lulëzim Petrit Shpend Skënder Valon Xhafer Adriatik Ardian
Albana Anila Arbana Blerta Donika Elira Ermira Flutura Jonida Klodiana
Majlinda Teuta Valbona Xhevahire Jozefina Ajola Monika
# Baltic
Gitanas Andrius Kaja Kristjan Jüri Alar Edgars Egils Krišjānis Arturs
Artis Evika Valdis Raimonds Aivars Andris Jānis Juris Kārlis Māris Uldis
Vaira Ingrida Dalia Gabrielius Algirdas Valdas Vytautas Linas Mindaugas
Saulius Arvydas Rimantas Žygimantas Agnė Rasa Viktorija Aušra Jurgita
Laima Rūta Vilija Ieva Toomas Taavi Urmas Hanno Kersti Kadri Margus Priit
Tõnis Jaak Keit Marko Mihhail Evelin Ülle Riina Signe Liina Alar Andrus
Arnold Ene Hannes Indrek Jevgeni Kaido Kalle Kristi Lauri Madis Marina
Martin Meelis Mihkel Raivo Siim Sven Tarmo Tiit Tõnu Urve Viljar
Dace Daiga Ilze Inese Inga Kristīne Ligita Līga Sandra Solvita Zane
Aigars Armands Gatis Ivars Jānis Normunds Ojārs Rihards Roberts Rolands
Andrejs Vaidotas Virginijus Audrius Dainius Darius Donatas Eugenijus
Gintautas Kęstutis Laurynas Ramūnas Remigijus Ričardas Tomas Viktoras
Vilius Vytenis Aistė Birutė Dalia Daiva Eglė Giedrė Indrė Jolanta Kristina
Loreta Neringa Rūta Simona Vaida Vida Živilė Agnė
# Russian, Ukrainian, Belarusian
Vladimir Volodymyr Sergei Sergey Serhiy Serhii Dmitry Dmitri Dmytro
Alexei Alexey Oleksiy Oleksii Andrei Andrey Andriy Andrii Mikhail Mykhailo
Nikolai Mykola Yuri Yury Yuriy Igor Ihor Oleg Oleh Vitali Vitaliy Vitaly
Vitalii Valery Valeriy Valerii Vasily Vasyl Pavel Pavlo Pyotr Petro
Yevgeny Yevgeniy Evgeny Yevhen Anatoly Anatoliy Anatolii Gennady Hennadiy
Grigory Hryhoriy Konstantin Kostiantyn Kostyantyn Leonid Maxim Maksim
Maksym Nikita Denys Ruslan Arseniy Arseny Artem Artyom Bohdan Danylo
Daniil Fyodor Fedor Gleb Ilya Illia Kirill Kyrylo Matvei Mstislav
Rostislav Rostyslav Sviatoslav Svyatoslav Stanislav Taras Timur Vadim
Vadym Vladislav Vladyslav Vsevolod Vyacheslav Viacheslav Yaroslav Yegor
Yehor Zakhar Ramzan Sergiy Arkady Aleksandr Oleksandr Aleksei
Alexandr Nikolay Yevgenia Anastasia Daria Darya Dasha Ekaterina Yekaterina
Kateryna Yelena Olena Galina Halyna Inna Iryna Ksenia Kseniya Larisa
Lyudmila Liudmyla Mariya Mariia Nadezhda Nadiya Natalya Nataliya Oksana
Olha Polina Svetlana Sviatlana Tatyana Tetiana Viktoriya Yulia Yuliya
Yuliia Zoya Ganna Lesya Maryna Oleksandra Olesya Ruslana Solomiya Ulyana
Valeriya Vasylyna Yana Zlata Alyona Aliaksandr Ales Siarhei Aleksey
Alexandre Anton Arkadiy Boris Denis Dmitriy Efim Eduard Emil Filipp
Georgy Georgiy Herman Innokenty Ivan Kuzma Lavrenty Makar Mark Matvey
Miroslav Osip Platon Prokhor Radik Rinat Roman Savva Semyon
Sergiy Stepan Tikhon Trofim Valentin Veniamin Viktor Vladlen Yakov Yefim
Yevgeni Zinovy Yaroslava Antonina Vera Tamara Svitlana Sofiya Raisa
Nina Marta Lyubov Ludmila Lidiya Khrystyna Kira Ivanna Irina Elvira
Ella Evgenia Diana Alisa Alla Anzhela Bogdana Dina Faina Inessa Karina
Klavdia Lilia Maria Marianna Milana Nelli Regina Rimma Snezhana
Taisia Tatiana Uliana Valentyna Varvara Vasilisa Veronika Viktoria
Yevheniya Zinaida Zhanna Anatoliy Vitaliy Mikhailo Petr Oleksandr
Kyrylo Ihor Vasyl Volodymir Yevhenii Yurii Yaroslav Roman Kostya Sasha
Misha Volodya Vova Kolya Dima Lyosha Seryozha Zhenya Vanya Petya Tanya
Natasha Masha Katya Lena Olya Yulya Sveta Nadya Lyuba
# Caucasus and Central Asia
Ilham Heydar Nikol Serzh Levon Ararat Armen Ashot Gagik Hayk Karen Tigran
Vahagn Anahit Lilit Mikheil Giorgi Irakli Bidzina Salome Mamuka Davit
Levan Nika Zurab Tamar Nino Ketevan Kakha Shalva Kassym-Jomart Nursultan
Shavkat Emomali Sadyr Almazbek Rustam Rustem Serdar Gurbanguly Askar
Bakhtiyor Daniyar Dauren Erlan Kairat Marat Nurlan Sanjar Ulugbek Aigerim
Aizhan Dinara Gulnara Madina Saule Zarina Mehriban Leyla Ramiz Elmar
Jeyhun Farid Ruben Vardan Zaven Hovhannes Grigor Arman Aram Sargis
Narine Anush Gohar Zara Lusine Mariam Ani Sona Vakhtang Tedo Otar Eduard
Guram Tengiz Ia Elene Natia Eka Maia Zviad Gela Gia Archil Bakhyt
Nurzhan Yerlan Yerbol Azamat Aidar Bolat Abdulla Abduvali Akylbek
Alisher Bakhodir Dilshod Farkhod Jamshid Kamoliddin
Shukhrat Timur Ulugbek Zafar Gulshan Nilufar Dilnoza Feruza Lola Malika
# Turkish
Recep Tayyip Kemal Ekrem Mansur Mevlüt Mevlut Hakan Ahmet Binali Bülent
Bulent Devlet Meral Selahattin Süleyman Suleyman Fuat Hulusi Yaşar Yasar
İbrahim Ömer Omer Numan Nurettin Berat Mehmet Mehmed Murat Osman Orhan
Oğuz Oguz Ozan Emre Burak Cem Cengiz Deniz Efe Engin Erdem Ercan Erkan
Fatih Gökhan Gokhan Hasan Hüseyin Huseyin Halil İsmail Kadir Kaan Kerem
Levent Metin Nihat Okan Onur Selim Serkan Sinan Tarık Tarik Tolga Tuncay
Uğur Ugur Umut Volkan Yavuz Yılmaz Yilmaz Yusuf Zeki Arda Alper Barış
Baris Batuhan Bora Cihan Doğan Dogan Erol Ferhat İlker Ilker İlhan Ilhan
Koray Mesut Necmettin Ozgur Özgür Rıza Riza Sadık Sadik Şahin Sahin Turgut
Aylin Ayşe Ayse Büşra Busra Canan Ebru Elif Emine Esra Fatma Gül Gul
Gülsüm Hatice Hülya Hulya Merve Nur Nurcan Özlem Ozlem Pınar Pinar Selin
Sevgi Şule Sule Tansu Yasemin Zehra Zeynep Sezgin Sırrı Pervin Tülay
Aysel Filiz Gönül Melike Nilüfer Sema Serap Songül Tuğba Ümit Umit Abdulkadir
Abdülhamit Ahmed Akın Alparslan Aydın Bekir Cevdet Davut Ekmeleddin
Fikri Hamza Haluk Hikmet İlnur İsmet Kenan Lütfi Muharrem Mithat
Nazım Necati Nevzat Numan Oktay Ömer Rauf Reşat Sedat Selçuk Şükrü
Taner Temel Turan Ümit Veysel Yakup Zafer Arzu Ayla Berna
Derya Didem Dilek Esin Gamze Gizem Hande İpek Leman Nazlı Neslihan Nesrin
Oya Seda Sibel Tuba Yeliz Zerrin
# Arabic
Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Mohammed Ahmed Ahmad
Ali Hassan Hasan Hussein Husain Hussain Abdullah Abdallah Abdulla Khalid
Khaled Fatima Fatma Yasser Yasir Mahmoud Mahmud Abdel Abdul Abdulaziz
Abdelaziz Abdulrahman Abdelrahman Abdul-Aziz Abdelkader Abdelmadjid
Abdelfattah Abdelhamid Abdelilah Abdelmalek Abdul-Mahdi Adel Adil Ahmad
Akram Alaa Amin Amine Amir Amjad Ammar Amr Anas Anwar Ashraf Atef
Ayman Ayoub Azzam Badr Bandar Bashar Bashir Basil Bassam Bilal Dawood
Ehab Emad Essam Fadi Fahd Fahad Faisal Faysal Farouk Farouq Fawaz Fawzi
Fayez Fuad Fouad Ghassan Habib Hadi Haidar Haider Haitham Hakim Hamad
Hamid Hamdan Hamza Hani Harith Hatem Hazem Hesham Hisham Hossam Houssam
Ibrahim Imad Iyad Ismail Issam Jaber Jafar Jalal Jamal Jameel Jamil
Jassim Jawad Kamal Karim Kareem Khairy Khalifa Khalil Maher Majed Majid
Malek Malik Mamdouh Mansour Marwan Mazen Mohannad Mostafa Moustafa
Mustafa Mounir Munir Muqtada Nabil Nabih Naguib Nader Naji Najib Nasser
Nasr Nawaf Nayef Nizar Nouri Nuri Omar Osama Usama Qais Qasim Qassim
Raed Rafik Rafiq Rami Rashid Rashed Riad Riyad Saad Saeed Said Saleh
Salah Salim Salem Salman Sami Samer Samir Sameer Saud Sayed Shadi Sharif
Sherif Suhail Tahir Talal Tamer Tamim Tareq Tarek Tariq Turki Wael Walid
Waleed Wassim Yahya Yahia Yaser Youssef Yousef Yusuf Youssouf Zaid Zayed
Zaki Zakaria Zakariya Ziad Zuhair Abbas Aref Aziz Fares Haytham Ibrahim
Jihad Mahdi Mohsen Moussa Musa Nouh Ridha Tawfiq Tawfik Wissam Ziyad
Aisha Aicha Amal Amira Asma Dalia Dina Fatema Ghada Hala Hanan Heba Hiba
Hoda Huda Iman Jamila Khadija Lamia Layla Leila Lina Manal Mariam Maryam
Marwa Mona Nadia Najla Nawal Nesrine Noor Nour Rania Rasha Reem Rima
Rola Salma Samar Samira Sara Sawsan Suha Wafa Widad Yasmin Yasmine Zainab
Zeinab Zahra Abeer Afaf Alia Aya Bushra Dunya Eman Farah Hadeel Hanadi
Haifa Hayat Inas Kholoud Lubna Lujain Maysa Mayssa Najat Nisreen
Noura Ola Rawan Reham Ruba Safa Samah Sana Shaima Sherine Souad Tahani
Yara Yousra Yusra Zeina Zina Loujain Tawakkol Najat Hadia Latifa Mariem
Naima Rachida Saida Samia Souad Amina Khadija Fadwa Ilham Houria
Hamdi Mohsen Nidal Imed Moez Kais Rached Habib Lotfi Mongi Taieb
Yassine Youcef Zine Abdelmajid Abdelaziz Saad-Eddine Aziz Nasser Nacer
Abdou Abdoulaye Houari Lakhdar Larbi Mokhtar Mourad
Rachid Redouane Ridouane Smail Tayeb Yazid
# Persian, Afghan, Kurdish
Ebrahim Hossein Javad Masoud Akbar Abbas Ardeshir Babak Bahram Behrouz
Bijan Dariush Darius Farhad Farshid Hamidreza Hashem Jafar Kamran Kaveh
Kazem Keyvan Mehdi Mehran Mojtaba Morteza Mansour Omid Parviz Payam Pouya
Qassem Ghasem Ramin Reza Sadegh Saman Shahram Shahin Siavash Vahid Yousef
Azadeh Fatemeh Golnaz Mahsa Masih Narges Nasrin Nazanin Neda Parisa Roya
Sepideh Shirin Soheila Tahereh Ladan Niloufar Mahnaz Shadi Azar
Alireza Amirhossein Arash Aref Asghar Bahman Davood Ehsan Esmail Esmaeil
Faezeh Farzad Gholam Gholamhossein Habibollah Hamed Hojjat Hooman Iraj
Jalil Kiarash Kourosh Mahmood Mahmud Manouchehr Massoud Mohammadreza
Mostafa Nader Nasrollah Navid Pejman Peyman Rouhollah Ruhollah Saeid
Sajjad Shahab Sohrab Yahya Zahir Hamid Hassan Hasan Masud Mohsen Majid
Ashraf Hamid Hamdullah Hekmatullah Ghulam Gulbuddin Hibatullah Sirajuddin
Zabihullah Amrullah Atta Abdul Haroon Hanif Hafiz Najibullah
Nooruddin Rahmatullah Zalmay Fawzia Malalai Roya Soraya Zarifa Masrour
Nechirvan Barham Qubad Hoshyar Kosrat Bafel Ayad Salih Mazloum Ilham
Rojda Hevin Leyla Dilan Berivan Zozan Shilan
# Hebrew and Israeli
Benjamin Yair Naftali Benny Avi Avigdor Bezalel Eli Eliezer Ehud Gadi
Gideon Gilad Itamar Yitzhak Yoav Yossi Yosef Moshe Meir Ariel Aryeh
Avraham Chaim Dov Doron Eitan Eyal Gabi Gershon Haim Ilan Itzhak
Lior Menachem Micha Nadav Nir Noam Ofer Omer Oren Rafi Reuven Ron Roni
Shai Shaul Shimon Shlomo Shmuel Tal Tzipi Uri Yaakov Yehuda Yigal Yisrael
Yoel Yonatan Ze'ev Zeev Zvi Zohar Ayelet Dafna Galit Hadas Miri Michal
Merav Orit Orly Rivka Sarit Shira Tamar Yael Noa Efrat Limor Liat Sigal
Karine Amichai Amit Amnon Aviv Avner Boaz Dudi Elad Elazar Eldad Eran
Gadi Guy Hagai Idan Itai Itay Matan Mordechai Nachman Natan Netanel
Nitzan Ohad Omri Raviv Roee Shachar Shmulik Tomer Tzachi Uzi
Yariv Yehiel Yehoshua Yigael Yisrael Yitzchak Yuval Ziv Adi Alona Avital
Batya Chana Einat Gila Hila Inbal Keren Ruth Sharon Shoshana Shulamit
Tzila Yehudit Yifat Yocheved Zehava Orna Osnat Pnina Revital Rinat Tali
Ehud Menahem Yariv Orit Penina Miriam Esther Leah Rachel Sarah Rebecca
# South Asian
Narendra Rahul Sonia Priyanka Amit Arvind Rajnath Nirmala Piyush Nitin
Mamata Mayawati Akhilesh Sharad Uddhav Devendra Shashi Manmohan Atal
Lal Krishna Rama Raj Rajesh Ramesh Suresh Mahesh Ganesh Dinesh Rakesh
Mukesh Anil Sunil Vijay Ajay Sanjay Rajiv Sanjeev Sachin Virat Rohit
Arjun Aditya Akash Ankit Anand Ashok Deepak Gaurav Kiran Kumar
Manoj Mohan Nikhil Pradeep Prakash Pranab Rajendra Ravi Sandeep Santosh
Shankar Shiv Siddharth Sudhir Sunita Sushma Smriti Indira Jawaharlal
Lalu Nitish Kamala Kavita Lakshmi Meera Neha Pooja Priya Radha Rekha
Shreya Anjali Asha Divya Geeta Gita Usha Vandana Kanchan Preeti Ritu
Sakshi Shilpa Swati Aarti Ananya Tanvi Nisha Rashmi Madhuri Aishwarya
Deepika Imran Shehbaz Nawaz Asif Bilawal Benazir Zulfikar Pervez Mehmood
Qamar Asim Fawad Ishaq Khawaja Shahid Junaid Babar Wasim Waqar Shoaib
Mohsin Raza Usman Umar Zubair Zahid Saqib Shireen Hina Malala Farooq
Ayesha Sania Hasina Khaleda Yunus Tarique Obaidul Ranil Gotabaya
Mahinda Anura Sajith Maithripala Chandrika Pushpa Kamal Sher Bidya
Sushila Abhishek Ajit Amarinder Amitabh Anupam Arun Ashwini Bhupendra
Chandrababu Chandrashekhar Digvijay Eknath Gautam Gopal Hardeep Hemant
Himanta Jagan Jairam Jitendra Jyotiraditya Kapil Kailash
Kiren Mallikarjun Manish Milind Mukul Naveen Nirav Omar Prashant
Raghav Rajeev Revanth Sachin Shivraj Subramanian Sukhbir
Tejashwi Tejasvi Uddhav Varun Venkaiah Yashwant Yogendra Abhijit Alok
Amartya Anurag Arvind Ashish Atul Chetan Devesh Girish Hari Hemant
Jayant Kartik Kunal Lalit Mahendra Mayank Mihir Naresh Nilesh Pankaj
Parag Pawan Pramod Pranav Prem Rahul Rajat Rajkumar Rajnish Ranjan
Ritesh Rohan Sameer Sanjiv Satish Saurabh Shailesh Shekhar Shyam
Siddhartha Subhash Sudhakar Sumit Sunder Sundar Suraj Sushant Tarun
Tushar Umesh Uday Vikram Vikas Vinay Vinod Vipin Vishal Vivek Yash
Yogesh Satya Sridhar Srinivas Venkat Venkatesh Murali Gopi Karthik
Arvinder Gurpreet Harpreet Jaspreet Manpreet Navjot Parkash Sukhwinder
Amrita Anita Anushka Aparna Archana Bhavna Chitra Deepa Durga Gayatri
Hema Indu Jaya Kalpana Kamla Karishma Kirti Lata Madhu
Mala Manisha Meena Mira Nandini Nirupama Padma Pallavi Parvati Poonam
Rani Renu Rupa Sadhana Sangeeta Sarita Savitri Seema Shabana Shanti
Sharmila Shashikala Sheela Shobha Smita Sneha Sonal Suman Sumitra
Supriya Sushmita Uma Vidya Vimala Yamini Mehbooba Farooq Omar
Hamid Javed Maryam Nadeem Naveed Qasim Rizwan Saad Sarfraz Shahbaz
Shahzad Shakeel Sohail Tariq Waheed Zafar Zulfiqar Aleem Arif Azhar
Fazlur Ghulam Ijaz Iqbal Jahangir Khurram Moeed Mushahid Owais Pervaiz
Rana Sadiq Sarwar Tahir Aitzaz Fazl Amna Asma Faiza Fauzia
Fehmida Hira Kashmala Mahnoor Marvi Mehwish Nafisa Nasreen Rabia Saima
Samina Shazia Sidra Uzma Zartaj Zobia Sajeeb Tarique Khaleda
Obaidul Shafiqur Abul Anisul Asaduzzaman Fakhrul Hasan
Mahfuz Nahid Rumeen Saber Shirin Syeda Tasnim Zia Zillur Muhammad
# Southeast Asian
Joko Prabowo Megawati Susilo Anwar Mahathir Najib Muhyiddin Ismail
Retno Budi Agus Bambang Dewi Gibran Ganjar Anies Ridwan Puan Airlangga
Luhut Sandiaga Erick Basuki Wahyu Yusril Zulkifli Hadi Puteri Rizal
Fadli Mahfud Sufmi Surya Dedi Eko Hendra Indra Joko Rini Siti Yanti
Nurul Azizah Zahid Ahmad Hishammuddin Khairy Rafizi Saifuddin Fahmi
Ferdinand Rodrigo Imelda Leni Manny
Corazon Benigno Gloria Sara Risa Grace Leila Harry Gilberto
Francis Kiko Panfilo Ping Vicente Imee Liza
Prayut Prayuth Srettha Paetongtarn Thaksin Yingluck Abhisit Prawit
Anutin Chadchart Somchai Somsak Sompong Sonthi Surakiart Suthep Thanat
Wissanu Chuan Korn Kasit Sihasak Nattawut Jatuporn Panitan Parit
Arnon Chalerm Chuwit Tanat
Nguyen Tran Pham Hoang Phan
Vo Dang Bui Ngo Duong Phuc Trong Chinh Thuong Minh Thanh Tuan Anh Linh
Lan Mai Nga Huong Thao Trang Duc Quang Khanh Huy Hieu Thang Trung Hai
Vuong Xuan Thi Ngoc Phuong Thuy Hanh Loan Tam Dung Khoa Kien Lam Nhan
Thida Lawrence Tharman Vivian Halimah Pritam Indranee Josephine Desmond
# East Asian as written in English news (given names and leading family names)
Shinzo Fumio Yoshihide Shigeru Taro Toshimitsu Yoko Junichiro Naoto
Yukio Yoshihiko Sanae Yuriko Koichi Hiroshi Takeshi Kenji Akira Haruki
Hideki Hiroyuki Ichiro Kazuo Kenta Masahiro Naoki Ryo Satoshi Shohei
Shinjiro Takashi Tetsuya Yuki Yuko Yusuke Makoto Minoru Masayoshi Nobuo
Akihito Naruhito Hirohito Aiko Masako Mako Kiko Haruka Sakura Yui Ayumi
Emi Kaori Keiko Mari Naomi Tomoko Kenichi Hayato Daisuke Hiroki Katsuya
Seiko Katsunobu Yoshimasa Yoshitaka Yasutoshi Nobuo Hirokazu
Masayuki Kenta Shinsuke Tsuyoshi Toshihiro Tomomi Yasuhiro Yasuo Kiichi
Ryutaro Seiji Kenzaburo Yukiko Junko Midori Noriko Sachiko Yumiko Atsushi
Daiki Haruto Hideo Hisashi Isamu Jiro Jun Kazuki Kazuhiro Kei Kenichiro
Koji Masato Michio Mitsuo Norio Osamu Ren Ryota Shintaro Shoichi Sho
Shota Sota Takahiro Takuya Tatsuya Tomohiro Toru Yoshiro Yuji Yuta
Akiko Ayako Chieko Emiko Eriko Fumiko Hanako Hiromi Hitomi Kazuko
Kumiko Kyoko Mayumi Megumi Michiko Misaki Naoko Nobuko Reiko Rie Satomi
Shizuka Takako Tomoe Yoshiko Yukari Jinping Keqiang Qiang Jiabao Jintao
Zemin Xiaoping Zedong Enlai Qishan Huning Lijian Chunying Wenbin Guofeng
Yaobang Ziyang Peng Liyuan Xiaobo Weiwei Ning Wei Ming Jun Jie Lei Hui
Yan Ying Mei Xiaoming Jianguo Guoqiang Zhiqiang Jianhua Ling Na Bo Xilai
Hua Jian Jing Kai Lan Li Lin Tao Xin Yong Yu Zhi Chao Hao Fei Xia Dan
Yi Zhengsheng Dejiang Yunshan Qingling Huaqing Yandong Liqun Zhaoxing
Ing-wen Ching-te Ying-jeou Shui-bian Teng-hui Kuo-chiang Chen Tsai Lai
Xi Wang Zhang Liu Zhao Huang Zhou Wu Xu Hu Guo Gao Luo Zheng Liang Xie
Tang Feng Deng Cao Zeng Xiao Tian Yuan Cai Jiang Cheng Lu Ding Shen
Ren Yao Cui Zhong Tan Jin Qin Hou Shao Meng Duan Qian Yin Kim Lee Yoon
Choi Kwon Jeong Jung Hwang Ahn Kang Cho Jang Ryu Baek Yoo Seo Jong
Jae Hyun Ji Soo Jae-in Suk-yeol Jong-un Jong-il Il-sung Yo-jong Geun-hye
Myung-bak Moo-hyun Dae-jung Jae-myung Ki-moon Kyung-wha Eui-yong
Chung-hee Doo-hwan Tae-woo Young-sam Jae-yong Kun-hee Dong-hoon Nak-yon
Hyun-woo Ji-hoon Min-jun Seo-yeon Ji-woo Ha-eun Soo-jin Min-ji
Eun-ji Hye-jin Jin-woo Sang-woo Seung-hoon Young-jin
Khurelsukh Oyun-Erdene Batbold Batbayar
Enkhbayar Bat-Erdene Ganbaatar Munkh
# Sub-Saharan African
Cyril Uhuru William Abiy Bola Muhammadu Goodluck Olusegun Yoweri
Emmerson Thabo Kgalema Jakaya Samia Hakainde Hage Macky Bassirou Ousmane
Abdoulaye Alassane Mahamadou Assimi Idriss Mahamat Adama Amadou Mamadou
Moussa Boubacar Ibrahima Cheikh Aliou Seydou Souleymane Issa Idrissa
Salif Sadio Didier Yaya Kolo Nnamdi Chukwuemeka Chinua Chimamanda Ngozi
Obiageli Oluwaseun Olumide Babajide Atiku Nasir Kashim Yemi Femi Tunde
Wole Akinwumi Adebayo Ayo Ayodele Bukola Chidi Chika Emeka Ifeanyi
Ikechukwu Kelechi Nkechi Obinna Tochukwu Uche Kwame Kofi Kojo Kwabena
Kwaku Akosua Ama Efua Abena Adjoa Jomo Raila Kalonzo Musalia Rigathi
Kithure Wavinya Wangari Wanjiru Njeri Muthoni Otieno Mmusi Lindiwe Naledi
Nkosazana Thandi Thandeka Sipho Themba Bongani Mandla Lwazi Sibusiso
Thulani Zola Zanele Nomvula Busisiwe Mpho Tshepo Lerato Palesa Kagiso
Kabelo Katlego Refilwe Bheki Fikile Gwede Pravin Tito Hendrik Pieter
Johan Jacobus Frederik Hailemariam Meles Debretsion Getachew Tedros
Sahle-Work Lemma Hirut Tigist Selam Yohannes Dawit Tewodros Isaias
Abdirahman Abdi Fadumo Hodan Ilhan Salva Riek Moise Moïse Patrice
Kizza Muhoozi Tendai Tinashe Tatenda Farai Chipo Rudo Nyasha Tafadzwa
Victoire Lazarus Bingu Saulos Kassim Tundu Zitto Mahamudu Leymah Ellen
Faure Brice Clotaire Denis Félix Félix-Antoine Évariste Joseph
Laurent-Désiré Étienne Jean-Bosco Augustin Martin Jean-Pierre Adolphe
Mamady Umaro Julius Maada Ernest Bai Nana Dramani Jerry Patrice Roch
Marc Christian Blaise Ibrahim Abdourahamane Paul Pierre Daniel Mwai
Isaias Ismaïl Mohamud Abdullahi Salva Riek Omar Bashir Fattah Burhan
Hamdan Abdalla Kizza Samia Hakainde Edgar Lazarus Filipe Venâncio João
Lourenço José Eduardo Isabel Hage Netumbo Mokgweetsi Emmerson Andry
Pravind Wavel Azali Ulisses Teodoro Faustin-Archange Mahamat Kaïs
Abdelmadjid Abdelfattah Khalifa Aziz Nasser
Abdulrasheed Adewale Adeyemi Afolabi Akinwande Akintunde Babatunde
Chinedu Chinonso Chioma Chukwudi Damilola Ebere Folake Folasade Funke
Funmilayo Ifeoma Kehinde Ngozi Nneka Obiora Olabode Olamide Olaniyi
Olatunde Olufemi Olusola Oluwadamilare Oluwatobi Segun Seun Taiwo Temitope
Tobi Tolulope Uchenna Yewande Yinka Zainab Abubakar Aminu Bello Danjuma
Garba Ibrahim Kabiru Lawal Musa Nuhu Sani Shehu Umaru Usman Yakubu Yusuf
Aminata Awa Fatoumata Kadiatou Mariama Oumou Rokia Safiatou Aissatou
Binta Coumba Djeneba Fanta Mariam Ndeye Nafissatou Oumar Lamine Modibo
Sekou Sékou Tidiane Babacar Birame Demba Malick Mansour Ousseynou Pape
Samba Serigne Souleymane Youssou Khady Astou Dior Aida Adja Ndeye
Achieng Akinyi Atieno Awino Chebet Wanjiku Wambui Njoki
Nyambura Kamau Mwangi Njoroge Ochieng Odhiambo Omondi Onyango
Kimani Githinji Mutua Wafula Wekesa Juma Baraka
Amani Imani Neema Rehema Zawadi Halima Mwanaisha Tumaini Furaha Subira
Abebe Alemayehu Berhanu Birhanu Demeke Ermias Gebre Girma Haile Kebede
Mesfin Mulugeta Solomon Tadesse Tesfaye Workneh Yared Etenesh
Genet Kebebush Meseret Mulu Tirunesh Almaz Birtukan Hana Meskerem Tsion
Nomzamo Ntombi Nokuthula Nompumelelo Nandi Khanyisile Lungile Sindisiwe
Thuli Thuthukile Zodwa Zandile Buhle Andile Lungisani Mzwandile Siyabonga
Sizwe Thabang Tebogo Teboho Vusi Xolani Zwelinzima Zweli Gugu Fezile
Musa Mbali Nkosinathi Ncumisa Siya Eben Schalk Jannie
Vincent Makhosi Mosebenzi Senzo Phumzile Tito Enoch Blade Lindiwe
Constantino Tendai Douglas Morgan Simba Tonderai
Chenjerai Fadzayi Rutendo Ruvimbo Tsitsi Vimbai Fungai Kudakwashe
Tafadzwa Tanaka Tapiwa Tawanda Chiedza Kudzai Nyarai Shingai
# Pacific and other
Jacinda Chris Winston Christopher Nanaia Kiri Tama Hone Tariana Rawiri
Marama Wiremu Aroha Manaia Anahera Ngaire Ngaio Tipene Tamati Tui
Sitiveni Frank Voreqe Mahendra Sitiveni Manasseh Naomi
Feleti Siaosi Kausea Hilda Surangel Taneti James
"""


# Letters that Unicode decomposition does not reduce to ASCII.
FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
    "Œ": "Oe", "þ": "th", "Þ": "Th",
})


def words(text):
    """Names in a block: whitespace-separated, '#' lines are headings."""
    for line in text.splitlines():
        if not line.startswith("#"):
            yield from line.split()


def ascii_fold(name):
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def census_title(upper):
    """JAMES -> James, MCKINLEY -> McKinley."""
    name = upper.capitalize()
    if name.startswith("Mc") and len(name) > 2:
        name = "Mc" + name[2:].capitalize()
    return name


def census_dir(argv):
    if len(argv) > 1:
        return argv[1]
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("gen_given_names: the `names` package is not installed; "
                 "pass its folder as the first argument (see --help)")
    return list(spec.submodule_search_locations)[0]


def read_census(path, top):
    """Names ranked 1..top in a census file (NAME FREQ CUMFREQ RANK)."""
    out = []
    with open(path, encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= top:
                out.append(census_title(parts[0]))
    if not out:
        sys.exit("gen_given_names: no names read from " + path)
    return out


def main(argv):
    if len(argv) > 1 and argv[1] in ("-h", "--help"):
        sys.stdout.write(__doc__)
        return 0
    folder = census_dir(argv)
    names = set()
    for fname in ("dist.male.first", "dist.female.first"):
        names.update(read_census(os.path.join(folder, fname), CENSUS_TOP))
    names.update(words(INTERNATIONAL))
    names.update([ascii_fold(n) for n in names])
    names -= EXCLUDE
    for name in names:
        if not name[0].isupper() or any(c.isspace() for c in name):
            sys.exit("gen_given_names: malformed name " + repr(name))
    sys.stdout.write("".join(n + "\n" for n in sorted(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
